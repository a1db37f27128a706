import pandas as pd


def running_peak(df: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by day with the running peak balance and a new-peak flag."""
    out = df[["day", "balance"]].sort_values("day").reset_index(drop=True)
    out["peak"] = out["balance"].expanding().max()
    previous_peak = out["peak"].shift(1)
    out["is_new_peak"] = previous_peak.isna() | (out["balance"] > previous_peak)
    return out
