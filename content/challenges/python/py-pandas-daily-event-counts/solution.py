import pandas as pd


def daily_event_counts(events: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """One row per day from start to end inclusive: the day as YYYY-MM-DD and its distinct event count."""
    unique = events.drop_duplicates(subset="event_id")
    times = pd.to_datetime(unique["event_time"], format="%Y-%m-%dT%H:%M:%SZ").dropna()
    per_day = pd.Series(1, index=pd.DatetimeIndex(times)).resample("D").sum()
    days = pd.date_range(start, end, freq="D")
    per_day = per_day.reindex(days, fill_value=0)
    return pd.DataFrame({"day": days.strftime("%Y-%m-%d"), "events": per_day.to_numpy()})
