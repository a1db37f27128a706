def run_lru(capacity: int, operations: list[list]) -> list:
    """Replay put/get operations on an LRU cache of the given capacity; return the get results."""
    raise NotImplementedError
