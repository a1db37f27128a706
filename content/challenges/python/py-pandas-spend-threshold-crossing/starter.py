import pandas as pd


def loyalty_crossings(orders: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Each customer's running spend per order, flagging the order where it first reaches the threshold."""
    raise NotImplementedError
