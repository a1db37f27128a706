import pandas as pd


def revenue_by_segment(events: pd.DataFrame, customers: pd.DataFrame) -> dict:
    """{"status": "ok", "revenue": {...}}, or {"status": "duplicate_keys", "customer_ids": [...]}."""
    raise NotImplementedError
