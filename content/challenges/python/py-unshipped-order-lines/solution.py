import pandas as pd

KEYS = ["order_id", "line_no"]


def unshipped_lines(orders: pd.DataFrame, shipments: pd.DataFrame) -> pd.DataFrame:
    """Order lines with no shipment on the same (order_id, line_no), in orders' row order."""
    # Only the keys, once each: extra columns cannot collide and parcels cannot fan rows out.
    # Shipments with a missing key are dropped first, because merge would match NaN with NaN.
    shipped = shipments[KEYS].dropna().drop_duplicates()
    marked = orders.merge(shipped, on=KEYS, how="left", indicator=True)
    unshipped = marked[marked["_merge"] == "left_only"]
    return unshipped[list(orders.columns)].reset_index(drop=True)
