def merge_dicts(*dicts: dict) -> dict:
    """A new dict with all keys; later dicts win."""
    raise NotImplementedError
