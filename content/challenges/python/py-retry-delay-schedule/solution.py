RETRYABLE = {429, 500, 502, 503, 504, None}


def retry_schedule(
    responses: list[dict], base_ms: int, cap_ms: int, max_attempts: int, deadline_ms: int | None
) -> dict:
    """Simulate capped exponential backoff over the given responses: outcome, attempts and delays."""
    delays: list[int] = []
    attempt = 0
    while True:
        response = responses[attempt]
        attempt += 1
        status = response.get("status")
        if status is not None and 200 <= status <= 299:
            outcome = "success"
            break
        if status not in RETRYABLE:
            outcome = "failed"
            break
        if attempt == max_attempts:
            outcome = "gave_up"
            break
        delay = min(cap_ms, base_ms * 2 ** (attempt - 1))
        retry_after = response.get("retry_after_ms")
        if retry_after is not None:
            delay = max(delay, retry_after)
        if deadline_ms is not None and sum(delays) + delay > deadline_ms:
            outcome = "gave_up"
            break
        delays.append(delay)
    return {"outcome": outcome, "attempts": attempt, "delays_ms": delays}
