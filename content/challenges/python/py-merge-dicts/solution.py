def merge_dicts(*dicts: dict) -> dict:
    """A new dict with all keys; later dicts win."""
    merged = {}
    for layer in dicts:
        merged.update(layer)
    return merged
