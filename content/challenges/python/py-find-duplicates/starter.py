def find_duplicates(items: list) -> list:
    """Values that occur more than once, in the order of their first repeat."""
    raise NotImplementedError
