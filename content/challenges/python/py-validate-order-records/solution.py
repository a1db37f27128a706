import re
from datetime import date

DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _is_date(value) -> bool:
    if not isinstance(value, str) or not DATE.fullmatch(value):
        return False
    try:
        date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        return False
    return True


TYPE_CHECKS = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "date": _is_date,
}


def _field_error(rule: dict, value, seen: set) -> str | None:
    """The one error for this field, or None; remembers values of unique fields that pass."""
    name = rule["name"]
    if value is None:
        return f"{name}: required" if rule.get("required", False) else None
    if not TYPE_CHECKS[rule["type"]](value):
        return f"{name}: expected {rule['type']}"
    if "min" in rule and value < rule["min"]:
        return f"{name}: below minimum"
    if "max" in rule and value > rule["max"]:
        return f"{name}: above maximum"
    if "allowed" in rule and value not in rule["allowed"]:
        return f"{name}: not allowed"
    if rule.get("unique", False):
        if value in seen:
            return f"{name}: duplicate"
        seen.add(value)
    return None


def validate_records(records: list[dict], schema: list[dict]) -> list[dict]:
    """[{'row': i, 'errors': [...]}] for every record that breaks the schema, in row order."""
    known = {rule["name"] for rule in schema}
    seen: list[set] = [set() for _ in schema]
    report = []
    for row, record in enumerate(records):
        errors = []
        for rule, seen_values in zip(schema, seen):
            error = _field_error(rule, record.get(rule["name"]), seen_values)
            if error:
                errors.append(error)
        errors.extend(f"{key}: unexpected field" for key in sorted(record) if key not in known)
        if errors:
            report.append({"row": row, "errors": errors})
    return report
