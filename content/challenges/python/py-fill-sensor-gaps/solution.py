import numpy as np
import pandas as pd


def fill_gaps(readings: pd.DataFrame, max_gap_minutes: int) -> pd.DataFrame:
    """Forward-fill temp_c per device from the last real measurement, at most max_gap_minutes old."""
    df = readings.copy()
    df["_time"] = pd.to_datetime(df["ts"], format="%Y-%m-%d %H:%M:%S")
    df = df.sort_values(["device_id", "_time"], kind="mergesort")

    measured = df["temp_c"].notna() & (df["quality"] == "ok")
    value = df["temp_c"].where(measured)
    # Carry both the last measured value and the time it was measured, never crossing devices.
    by_device = df.assign(_value=value, _measured_at=df["_time"].where(measured)).groupby("device_id")
    last_value = by_device["_value"].ffill()
    last_time = by_device["_measured_at"].ffill()

    age = df["_time"] - last_time
    filled = ~measured & last_time.notna() & (age <= pd.Timedelta(minutes=max_gap_minutes))
    df["temp_c"] = value.where(measured, last_value.where(filled))
    df["source"] = np.select([measured, filled], ["measured", "filled"], default="missing")
    return df[["device_id", "ts", "temp_c", "source"]].reset_index(drop=True)
