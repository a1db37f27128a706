import pandas as pd


def running_peak(df: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by day with the running peak balance and a new-peak flag."""
    raise NotImplementedError
