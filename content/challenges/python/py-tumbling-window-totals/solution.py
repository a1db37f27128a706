from collections import defaultdict
from datetime import datetime, timedelta, timezone

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def window_totals(events: list[list], window_minutes: int) -> list[dict]:
    """Count and sum events per epoch-aligned tumbling window, empty windows included."""
    width = window_minutes * 60
    counts: dict[int, int] = defaultdict(int)
    totals: dict[int, int] = defaultdict(int)
    for timestamp, value in events:
        moment = datetime.fromisoformat(timestamp)  # Python 3.11 reads the trailing Z as UTC
        seconds = (moment - EPOCH) // timedelta(seconds=1)
        window = seconds // width  # window number since the epoch
        counts[window] += 1
        if value is not None:
            totals[window] += value
    if not counts:
        return []
    return [
        {
            "window_start": (EPOCH + timedelta(seconds=window * width)).strftime(FORMAT),
            "count": counts.get(window, 0),
            "total": totals.get(window, 0),
        }
        for window in range(min(counts), max(counts) + 1)
    ]
