def flatten_json(document: dict) -> dict:
    """Map every leaf's path (like 'a.b[0].c') to its value."""
    raise NotImplementedError
