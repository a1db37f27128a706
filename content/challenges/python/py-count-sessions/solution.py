from collections import defaultdict
from datetime import datetime, timedelta

MAX_GAP = timedelta(minutes=30)


def count_sessions(events: list[dict]) -> dict[str, int]:
    """Number of sessions per user, where a gap of more than 30 minutes starts a new session."""
    times_by_user: dict[str, list[datetime]] = defaultdict(list)
    for event in events:
        user = event["user_id"]
        if user is None:
            continue
        times_by_user[user].append(datetime.fromisoformat(event["ts"]))

    sessions = {}
    for user, times in times_by_user.items():
        times.sort()
        count = 1
        for previous, current in zip(times, times[1:]):
            if current - previous > MAX_GAP:
                count += 1
        sessions[user] = count
    return sessions
