import pandas as pd


def loyalty_crossings(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Each customer's running spend per order, flagging the order where it first reaches the threshold."""
    ordered = orders.sort_values(["customer_id", "order_date", "order_id"]).reset_index(drop=True)
    out = ordered[["customer_id", "order_id", "order_date"]].copy()

    amount = ordered["amount"].astype("float64").fillna(0.0)
    out["running_total"] = amount.groupby(out["customer_id"]).cumsum().round(2)

    reached = out["running_total"] >= threshold
    times_reached = reached.astype(int).groupby(out["customer_id"]).cumsum()
    out["crossed"] = reached & (times_reached == 1)
    return out
