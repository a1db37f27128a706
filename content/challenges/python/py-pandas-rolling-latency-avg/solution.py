import pandas as pd


def rolling_latency(df: pd.DataFrame, window: int) -> pd.DataFrame:
    """Rows sorted by service and ts, with the mean latency of each service's last `window` samples."""
    out = df[["service", "ts", "latency_ms"]].sort_values(["service", "ts"]).reset_index(drop=True)
    latency = out["latency_ms"].astype("float64")
    out["rolling_avg"] = latency.groupby(out["service"]).transform(
        lambda samples: samples.rolling(window, min_periods=1).mean()
    )
    return out
