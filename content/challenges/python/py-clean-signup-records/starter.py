import pandas as pd


def clean_signups(signups: pd.DataFrame) -> pd.DataFrame:
    """Apply the blank, drop, fill and referrer rules; keep the original row order."""
    raise NotImplementedError
