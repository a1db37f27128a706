from datetime import datetime, timedelta, timezone


def window_totals(events: list[list], window_minutes: int) -> list[dict]:
    """Count and sum events per epoch-aligned tumbling window, empty windows included."""
    raise NotImplementedError
