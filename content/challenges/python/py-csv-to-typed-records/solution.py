import csv
import io
import re

INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+(?:[eE][+-]?[0-9]+)?")


def _convert(text: str):
    if text == "":
        return None
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    if INTEGER.fullmatch(text):
        return int(text)
    if FLOAT.fullmatch(text):
        return float(text)
    return text


def parse_csv(text: str) -> list[dict]:
    """Rows of the CSV text as dicts keyed by the header, with values converted by the rules."""
    # newline="" keeps line breaks inside quoted fields exactly as written.
    rows = [row for row in csv.reader(io.StringIO(text, newline="")) if row]
    if not rows:
        return []
    header, records = rows[0], []
    for row in rows[1:]:
        padded = row[: len(header)] + [None] * (len(header) - len(row))
        records.append({name: None if field is None else _convert(field) for name, field in zip(header, padded)})
    return records
