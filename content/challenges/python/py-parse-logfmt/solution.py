import re

KEY = re.compile(r"[A-Za-z0-9_.-]+")
UNQUOTED = re.compile(r'[^ "]*')
ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}


def _quoted(line: str, pos: int) -> tuple[str, int] | None:
    """Parse a quoted value whose opening quote is at pos; return (value, index after closing quote)."""
    chars = []
    i = pos + 1
    while i < len(line):
        ch = line[i]
        if ch == '"':
            return "".join(chars), i + 1
        if ch == "\\":
            if i + 1 >= len(line) or line[i + 1] not in ESCAPES:
                return None
            chars.append(ESCAPES[line[i + 1]])
            i += 2
        else:
            chars.append(ch)
            i += 1
    return None  # no closing quote


def parse_logfmt(line: str) -> dict | None:
    """The line's key/value pairs (flags map to True), or None if it is malformed."""
    if line.endswith("\n"):
        line = line[:-1]
    pairs: dict = {}
    pos, end = 0, len(line)
    while True:
        while pos < end and line[pos] == " ":
            pos += 1
        if pos == end:
            return pairs
        key_match = KEY.match(line, pos)
        if not key_match:
            return None
        key, pos = key_match.group(), key_match.end()
        if pos < end and line[pos] == "=":
            pos += 1
            if pos < end and line[pos] == '"':
                parsed = _quoted(line, pos)
                if parsed is None:
                    return None
                value, pos = parsed
            else:
                value_match = UNQUOTED.match(line, pos)
                value, pos = value_match.group(), value_match.end()
        else:
            value = True
        if pos < end and line[pos] != " ":
            return None  # a stray quote or character glued to the pair
        pairs[key] = value
