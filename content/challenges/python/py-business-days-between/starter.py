from datetime import date, timedelta


def business_days(start: str, end: str, holidays: list[str]) -> int:
    """Weekdays in [start, end) that are not holidays; negated when end is before start."""
    raise NotImplementedError
