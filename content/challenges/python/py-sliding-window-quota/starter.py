from collections import defaultdict, deque


def rejected_counts(requests: list[list], window_seconds: int, quota: int) -> dict[str, int]:
    """Replay requests through a per-client sliding-window byte quota; count rejections per client."""
    raise NotImplementedError
