import pandas as pd


def unshipped_lines(orders: pd.DataFrame, shipments: pd.DataFrame) -> pd.DataFrame:
    """Order lines with no shipment on the same (order_id, line_no), in orders' row order."""
    raise NotImplementedError
