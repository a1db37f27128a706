import numpy as np
import pandas as pd


def month_over_month(df: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted by region and month, with the percentage change from the previous calendar month."""
    out = df[["region", "month", "revenue"]].sort_values(["region", "month"]).reset_index(drop=True)
    out["revenue"] = out["revenue"].astype("float64")

    # Each row offered as the "previous month" of the month after it.
    previous = pd.DataFrame({
        "region": out["region"],
        "month": (pd.PeriodIndex(out["month"], freq="M") + 1).strftime("%Y-%m"),
        "previous": out["revenue"],
    })
    merged = out.merge(previous, on=["region", "month"], how="left")

    prior = merged["previous"].replace(0.0, np.nan)
    out["pct_change"] = ((merged["revenue"] - prior) / prior * 100).to_numpy()
    return out
