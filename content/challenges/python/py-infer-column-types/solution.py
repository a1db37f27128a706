import re
from datetime import date

INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][+-]?[0-9]+)?")
DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
TIMESTAMP = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2}):([0-9]{2})")


def _real_date(year: str, month: str, day: str) -> bool:
    try:
        date(int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def classify(value: str | None) -> str:
    """The class of one raw value."""
    if value is None or value == "":
        return "null"
    if value.lower() in ("true", "false"):
        return "boolean"
    if INTEGER.fullmatch(value):
        return "integer"
    if FLOAT.fullmatch(value):
        return "float"
    match = DATE.fullmatch(value)
    if match and _real_date(*match.groups()):
        return "date"
    match = TIMESTAMP.fullmatch(value)
    if match and _real_date(*match.groups()[:3]):
        hour, minute, second = (int(part) for part in match.groups()[3:])
        if hour < 24 and minute < 60 and second < 60:
            return "timestamp"
    return "string"


def _widen(classes: set[str]) -> str:
    if not classes:
        return "null"
    if len(classes) == 1:
        return next(iter(classes))
    if classes == {"integer", "float"}:
        return "float"
    if classes == {"date", "timestamp"}:
        return "timestamp"
    return "string"


def infer_schema(records: list[dict]) -> dict[str, dict]:
    """{field: {'type': ..., 'nullable': ...}} inferred from text values with the widening rules."""
    classes: dict[str, set[str]] = {}
    present: dict[str, int] = {}  # records in which the field has a non-null value
    for record in records:
        for field, value in record.items():
            seen = classes.setdefault(field, set())
            present.setdefault(field, 0)
            if "string" in seen and value:
                present[field] += 1  # already as wide as it gets: skip classifying
                continue
            kind = classify(value)
            if kind != "null":
                seen.add(kind)
                present[field] += 1
    return {
        field: {"type": _widen(seen), "nullable": present[field] < len(records)}
        for field, seen in classes.items()
    }
