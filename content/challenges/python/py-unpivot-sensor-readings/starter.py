import pandas as pd


def unpivot_readings(wide: pd.DataFrame) -> pd.DataFrame:
    """Long rows (sensor_id, date, reading) without missing readings, sorted by sensor_id then date."""
    raise NotImplementedError
