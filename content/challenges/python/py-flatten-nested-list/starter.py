def flatten(items: list) -> list:
    """Return the non-list elements of a nested list, left to right."""
    raise NotImplementedError
