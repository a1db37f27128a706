import re
from datetime import datetime, timedelta

# [0-9] rather than \d: \d also matches non-ASCII digits such as full-width ones.
PATTERN = re.compile(
    r"(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"(?:[Tt ](?P<hour>[0-9]{2}):(?P<minute>[0-9]{2})"
    r"(?::(?P<second>[0-9]{2})(?:[.,](?P<fraction>[0-9]{1,9}))?)?"
    r"(?P<offset>[Zz]|(?P<sign>[+-])(?P<off_hour>[0-9]{2})(?::?(?P<off_minute>[0-9]{2}))?)?)?"
)


def normalize_one(value: str | None) -> str | None:
    """One value in canonical UTC form, or None."""
    if value is None:
        return None
    match = PATTERN.fullmatch(value)
    if match is None:
        return None
    part = match.groupdict()
    fraction = part["fraction"] or ""
    milliseconds = int((fraction + "000")[:3])  # truncate, never round
    off_hour, off_minute = int(part["off_hour"] or 0), int(part["off_minute"] or 0)
    if off_hour > 23 or off_minute > 59:
        return None
    offset = timedelta(hours=off_hour, minutes=off_minute)
    if part["sign"] == "-":
        offset = -offset
    try:
        local = datetime(int(part["year"]), int(part["month"]), int(part["day"]),
                         int(part["hour"] or 0), int(part["minute"] or 0), int(part["second"] or 0),
                         milliseconds * 1000)
        utc = local - offset  # naive arithmetic in fixed offsets: no DST to worry about
    except (ValueError, OverflowError):  # impossible dates and times, or a result outside years 1-9999
        return None
    return (f"{utc.year:04d}-{utc.month:02d}-{utc.day:02d}T"
            f"{utc.hour:02d}:{utc.minute:02d}:{utc.second:02d}.{utc.microsecond // 1000:03d}Z")


def normalize_timestamps(values: list[str | None]) -> list[str | None]:
    """Each value as 'YYYY-MM-DDTHH:MM:SS.mmmZ' in UTC, or None when it is None or invalid."""
    return [normalize_one(value) for value in values]
