import pandas as pd


def cohort_retention(events: list[dict]) -> pd.DataFrame:
    """Distinct active users per first-event month (cohort) and month offset: cohort, users, m0..mK."""
    raise NotImplementedError
