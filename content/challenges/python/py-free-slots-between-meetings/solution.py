def to_minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def to_clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def free_slots(busy: list[list[str]], day_start: str, day_end: str, min_minutes: int) -> list[list[str]]:
    """Free [start, end] slots of at least min_minutes inside [day_start, day_end), sorted."""
    window_start, window_end = to_minutes(day_start), to_minutes(day_end)
    intervals = sorted((to_minutes(start), to_minutes(end)) for start, end in busy)
    slots = []
    cursor = window_start  # everything before cursor is busy or already handled
    for start, end in intervals:
        if start >= window_end:
            break
        if start > cursor and start - cursor >= min_minutes:
            slots.append([to_clock(cursor), to_clock(start)])
        cursor = max(cursor, end)
    if window_end - cursor >= min_minutes:
        slots.append([to_clock(cursor), to_clock(window_end)])
    return slots
