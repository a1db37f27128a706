from datetime import datetime


def apply_updates(snapshot: list[dict], updates: list[dict]) -> list[dict]:
    """The latest version of every record by updated_at (later wins ties), sorted by id."""
    raise NotImplementedError
