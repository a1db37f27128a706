def parse_log_line(line: str) -> dict | None:
    """{'timestamp': ..., 'level': ..., 'message': ...}, or None for a malformed line."""
    raise NotImplementedError
