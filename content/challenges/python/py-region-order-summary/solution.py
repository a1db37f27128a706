import pandas as pd


def region_summary(orders: pd.DataFrame) -> pd.DataFrame:
    """One row per region: order_count, total_amount, max_amount; sorted by total_amount desc, region asc."""
    summary = (
        orders.groupby("region", dropna=True)
        .agg(
            order_count=("order_id", "size"),
            total_amount=("amount", "sum"),
            max_amount=("amount", "max"),
        )
        .reset_index()
    )
    summary = summary.sort_values(["total_amount", "region"], ascending=[False, True], kind="mergesort")
    return summary[["region", "order_count", "total_amount", "max_amount"]].reset_index(drop=True)
