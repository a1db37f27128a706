def _field(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def records_to_csv(records: list[dict], columns: list[str]) -> str:
    """CSV text: pinned columns first, then other keys sorted; every line ends with a newline."""
    pinned = set(columns)
    extra = sorted({key for record in records for key in record if key not in pinned})
    header = list(columns) + extra
    if not header:
        return ""
    lines = [",".join(_field(name) for name in header)]
    for record in records:
        line = ",".join(_field(record.get(name)) for name in header)
        lines.append('""' if line == "" else line)
    return "\n".join(lines) + "\n"
