def latest_events(events: list[dict], k: int) -> dict[str, list[str]]:
    """For each device, the event_ids of its k most recent distinct events, newest first."""
    raise NotImplementedError
