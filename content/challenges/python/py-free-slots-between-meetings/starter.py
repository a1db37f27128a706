def free_slots(busy: list[list[str]], day_start: str, day_end: str, min_minutes: int) -> list[list[str]]:
    """Free [start, end] slots of at least min_minutes inside [day_start, day_end), sorted."""
    raise NotImplementedError
