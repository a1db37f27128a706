def merge_windows(windows: list[list[int]]) -> list[list[int]]:
    """Merge overlapping or touching [start, end) windows; return them sorted by start."""
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
