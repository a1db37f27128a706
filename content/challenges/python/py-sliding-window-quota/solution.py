from collections import defaultdict, deque


def rejected_counts(requests: list[list], window_seconds: int, quota: int) -> dict[str, int]:
    """Replay requests through a per-client sliding-window byte quota; count rejections per client."""
    # sorted() is stable, so equal timestamps keep their list order; sort on the timestamp only.
    ordered = sorted(requests, key=lambda request: request[0])
    accepted: dict[str, deque] = defaultdict(deque)  # per client: (timestamp, size) of accepted requests in the window
    used: dict[str, int] = defaultdict(int)          # per client: total size of that deque
    rejected: dict[str, int] = defaultdict(int)
    for timestamp, client, size in ordered:
        window = accepted[client]
        while window and window[0][0] <= timestamp - window_seconds:
            used[client] -= window.popleft()[1]
        if used[client] + size <= quota:
            window.append((timestamp, size))
            used[client] += size
        else:
            rejected[client] += 1
    return dict(rejected)
