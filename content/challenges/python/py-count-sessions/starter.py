from datetime import datetime, timedelta


def count_sessions(events: list[dict]) -> dict[str, int]:
    """Number of sessions per user, where a gap of more than 30 minutes starts a new session."""
    raise NotImplementedError
