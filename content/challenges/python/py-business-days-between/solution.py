from datetime import date, timedelta


def business_days(start: str, end: str, holidays: list[str]) -> int:
    """Weekdays in [start, end) that are not holidays; negated when end is before start."""
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    sign = 1
    if last < first:
        first, last, sign = last, first, -1
    days_off = {date.fromisoformat(day) for day in holidays}
    count = 0
    day = first
    while day < last:
        if day.weekday() < 5 and day not in days_off:
            count += 1
        day += timedelta(days=1)
    return sign * count
