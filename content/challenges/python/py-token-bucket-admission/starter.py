def rejected_requests(requests: list[list], capacity: int, refill_per_second: int) -> list[int]:
    """Indexes of the requests a per-client token bucket rejects, ascending."""
    raise NotImplementedError
