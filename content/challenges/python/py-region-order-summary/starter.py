import pandas as pd


def region_summary(orders: pd.DataFrame) -> pd.DataFrame:
    """One row per region: order_count, total_amount, max_amount; sorted by total_amount desc, region asc."""
    raise NotImplementedError
