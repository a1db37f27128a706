import pandas as pd


def unpivot_readings(wide: pd.DataFrame) -> pd.DataFrame:
    """Long rows (sensor_id, date, reading) without missing readings, sorted by sensor_id then date."""
    long = wide.melt(id_vars="sensor_id", var_name="date", value_name="reading")
    long = long.dropna(subset=["reading"])
    long = long.sort_values(["sensor_id", "date"], kind="mergesort")
    return long[["sensor_id", "date", "reading"]].reset_index(drop=True)
