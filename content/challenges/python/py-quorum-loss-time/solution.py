from collections import defaultdict


def quorum_loss_seconds(
    outages: list[list], replica_count: int, quorum: int, window_start: int, window_end: int
) -> int:
    """Seconds in [window_start, window_end) during which fewer than quorum replicas were up."""
    # Clip every report to the window, grouped by replica.
    reports: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for replica, start, end in outages:
        start = max(start, window_start)
        end = window_end if end is None else min(end, window_end)
        if start < end:
            reports[replica].append((start, end))

    # Merge each replica's reports so that a replica counts once while it is down.
    events: list[tuple[int, int]] = []
    for intervals in reports.values():
        intervals.sort()
        current_start, current_end = intervals[0]
        for start, end in intervals[1:]:
            if start <= current_end:
                current_end = max(current_end, end)
            else:
                events += [(current_start, 1), (current_end, -1)]
                current_start, current_end = start, end
        events += [(current_start, 1), (current_end, -1)]

    # Sweep: quorum is lost while more than replica_count - quorum replicas are down.
    events.sort()
    tolerated = replica_count - quorum
    down = 0
    previous = window_start
    lost = 0
    for time, change in events:
        if down > tolerated:
            lost += time - previous
        down += change
        previous = time
    return lost
