def parse_access_log(line: str) -> dict | None:
    """One combined-format access log line as a dict, or None if it is malformed."""
    raise NotImplementedError
