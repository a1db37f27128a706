import pandas as pd


def revenue_by_segment(events: pd.DataFrame, customers: pd.DataFrame) -> dict:
    """{"status": "ok", "revenue": {...}}, or {"status": "duplicate_keys", "customer_ids": [...]}."""
    # pandas matches a missing key with a missing key, so bad dimension rows must go before the join.
    dimension = customers.dropna(subset=["customer_id"])[["customer_id", "segment"]]
    try:
        joined = events.merge(dimension, on="customer_id", how="left", validate="many_to_one")
    except pd.errors.MergeError:
        counts = dimension["customer_id"].value_counts()
        duplicates = sorted(int(key) for key in counts[counts > 1].index)
        return {"status": "duplicate_keys", "customer_ids": duplicates}
    joined["segment"] = joined["segment"].fillna("unknown")
    revenue = joined.groupby("segment")["amount"].sum()
    return {"status": "ok", "revenue": {segment: float(total) for segment, total in revenue.items()}}
