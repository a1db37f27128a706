def quorum_loss_seconds(
    outages: list[list], replica_count: int, quorum: int, window_start: int, window_end: int
) -> int:
    """Seconds in [window_start, window_end) during which fewer than quorum replicas were up."""
    raise NotImplementedError
