def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    """Merge overlapping or touching [start, end) windows; return them sorted by start."""
    raise NotImplementedError
