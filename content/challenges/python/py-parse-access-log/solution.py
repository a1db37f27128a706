import re
from datetime import datetime

LINE = re.compile(
    r'(?P<ip>\S+) \S+ (?P<user>\S+) '
    r'\[(?P<time>[0-9]{2}/[A-Z][a-z]{2}/[0-9]{4}:[0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4})\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) (?P<protocol>HTTP/[0-9]+\.[0-9]+)" '
    r'(?P<status>[0-9]{3}) (?P<bytes>[0-9]+|-) '
    r'"(?P<referer>[^"]*)" "(?P<user_agent>[^"]*)"'
)
MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}


def _dash_to_none(value: str) -> str | None:
    return None if value == "-" else value


def parse_access_log(line: str) -> dict | None:
    """One combined-format access log line as a dict, or None if it is malformed."""
    if line.endswith("\n"):
        line = line[:-1]
    match = LINE.fullmatch(line)
    if not match or match["time"][3:6] not in MONTHS:
        return None
    try:
        moment = datetime.strptime(match["time"], "%d/%b/%Y:%H:%M:%S %z")
    except ValueError:
        return None
    return {
        "ip": match["ip"],
        "user": _dash_to_none(match["user"]),
        "timestamp": moment.isoformat(),
        "method": match["method"],
        "path": match["path"],
        "protocol": match["protocol"],
        "status": int(match["status"]),
        "bytes": 0 if match["bytes"] == "-" else int(match["bytes"]),
        "referer": _dash_to_none(match["referer"]),
        "user_agent": _dash_to_none(match["user_agent"]),
    }
