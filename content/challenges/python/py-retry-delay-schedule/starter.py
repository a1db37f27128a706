def retry_schedule(
    responses: list[dict], base_ms: int, cap_ms: int, max_attempts: int, deadline_ms: int | None
) -> dict:
    """Simulate capped exponential backoff over the given responses: outcome, attempts and delays."""
    raise NotImplementedError
