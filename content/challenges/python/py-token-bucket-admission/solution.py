def rejected_requests(requests: list[list], capacity: int, refill_per_second: int) -> list[int]:
    """Indexes of the requests a per-client token bucket rejects, ascending."""
    # Tokens are counted in thousandths so that refill_per_second tokens per 1000 ms is an integer
    # refill_per_second thousandths per millisecond, and every comparison is exact.
    full = capacity * 1000
    level: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    rejected = []
    for index in sorted(range(len(requests)), key=lambda i: requests[i][0]):  # stable: ties keep log order
        timestamp, client, cost = requests[index]
        if client in level:
            level[client] = min(full, level[client] + (timestamp - last_seen[client]) * refill_per_second)
        else:
            level[client] = full
        last_seen[client] = timestamp
        if level[client] >= cost * 1000:
            level[client] -= cost * 1000
        else:
            rejected.append(index)
    return sorted(rejected)
