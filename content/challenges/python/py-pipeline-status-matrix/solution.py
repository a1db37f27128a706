import pandas as pd

STATUSES = ["succeeded", "failed", "skipped"]


def status_matrix(runs: pd.DataFrame) -> pd.DataFrame:
    """Per pipeline: counts of final succeeded/failed/skipped runs and their total."""
    pipelines = sorted(runs["pipeline"].unique())
    final = runs.drop_duplicates(subset=["pipeline", "run_date"], keep="last")
    final = final.assign(status=final["status"].str.strip().str.lower())
    final = final[final["status"].isin(STATUSES)]
    matrix = final.pivot_table(index="pipeline", columns="status", values="run_date", aggfunc="size", fill_value=0)
    matrix = matrix.reindex(index=pipelines, columns=STATUSES, fill_value=0)
    matrix["total"] = matrix[STATUSES].sum(axis=1)
    matrix = matrix.rename_axis(index="pipeline", columns=None).reset_index()
    return matrix[["pipeline", *STATUSES, "total"]]
