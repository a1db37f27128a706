import pandas as pd


def spend_last_24h(txns: pd.DataFrame) -> pd.DataFrame:
    """The input rows, in input order, with each card's total spend in the 24 hours up to each transaction."""
    raise NotImplementedError
