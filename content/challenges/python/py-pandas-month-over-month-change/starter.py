import pandas as pd


def month_over_month(df: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by region and month, with the percentage change from the previous calendar month."""
    raise NotImplementedError
