import pandas as pd


def fill_gaps(readings: pd.DataFrame, max_gap_minutes: int) -> pd.DataFrame:
    """Forward-fill temp_c per device from the last real measurement, at most max_gap_minutes old."""
    raise NotImplementedError
