import pandas as pd


def status_matrix(runs: pd.DataFrame) -> pd.DataFrame:
    """Per pipeline: counts of final succeeded/failed/skipped runs and their total."""
    raise NotImplementedError
