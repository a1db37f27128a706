import pandas as pd


def daily_event_counts(events: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """One row per day from start to end inclusive: the day as YYYY-MM-DD and its distinct event count."""
    raise NotImplementedError
