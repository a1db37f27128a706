def parse_logfmt(line: str) -> dict | None:
    """The line's key/value pairs (flags map to True), or None if it is malformed."""
    raise NotImplementedError
