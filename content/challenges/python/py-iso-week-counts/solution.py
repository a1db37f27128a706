from collections import Counter
from datetime import datetime, timezone


def weekly_counts(timestamps: list[str | None]) -> list[list]:
    """[['YYYY-Www', count], ...] per ISO week of the UTC instant, sorted by label."""
    weeks: Counter[str] = Counter()
    for text in timestamps:
        if text is None:
            continue
        utc = datetime.fromisoformat(text).astimezone(timezone.utc)
        year, week, _ = utc.isocalendar()
        weeks[f"{year}-W{week:02d}"] += 1
    return [[label, weeks[label]] for label in sorted(weeks)]
