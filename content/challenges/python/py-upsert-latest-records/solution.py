from datetime import datetime


def apply_updates(snapshot: list[dict], updates: list[dict]) -> list[dict]:
    """The latest version of every record by updated_at (later wins ties), sorted by id."""
    current: dict[str, tuple[datetime, dict]] = {}
    for record in [*snapshot, *updates]:
        # fromisoformat reads 'Z' and '+HH:MM' (Python 3.11+); aware datetimes compare as instants.
        instant = datetime.fromisoformat(record["updated_at"])
        kept = current.get(record["id"])
        if kept is None or instant >= kept[0]:
            current[record["id"]] = (instant, record)
    return [current[record_id][1] for record_id in sorted(current)]
