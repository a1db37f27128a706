import heapq
from collections import defaultdict


def latest_events(events: list[dict], k: int) -> dict[str, list[str]]:
    """For each device, the event_ids of its k most recent distinct events, newest first."""
    by_device: dict[str, dict[str, int]] = defaultdict(dict)
    for event in events:
        by_device[event["device"]][event["event_id"]] = event["ts"]  # a redelivery overwrites itself
    return {
        device: [
            event_id
            for event_id, _ in heapq.nsmallest(k, seen.items(), key=lambda item: (-item[1], item[0]))
        ]
        for device, seen in by_device.items()
    }
