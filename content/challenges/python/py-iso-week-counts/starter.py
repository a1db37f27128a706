from datetime import datetime, timezone


def weekly_counts(timestamps: list[str | None]) -> list[list]:
    """[['YYYY-Www', count], ...] per ISO week of the UTC instant, sorted by label."""
    raise NotImplementedError
