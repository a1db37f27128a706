import re
from datetime import datetime

LEVELS = {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}
PATTERN = re.compile(r"^(\d{4}-\d{2}-\d{2}) +(\d{2}:\d{2}:\d{2}) +([A-Z]+)(?: +(.*))?$")


def parse_log_line(line: str) -> dict | None:
    """{'timestamp': ..., 'level': ..., 'message': ...}, or None for a malformed line."""
    match = PATTERN.match(line.rstrip())
    if not match:
        return None
    day, time_of_day, level, message = match.groups()
    if level not in LEVELS:
        return None
    try:
        datetime.strptime(f"{day} {time_of_day}", "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return {"timestamp": f"{day} {time_of_day}", "level": level, "message": message or ""}
