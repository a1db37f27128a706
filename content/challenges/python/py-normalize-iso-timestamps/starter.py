import re
from datetime import datetime, timedelta


def normalize_timestamps(values: list[str | None]) -> list[str | None]:
    """Each value as 'YYYY-MM-DDTHH:MM:SS.mmmZ' in UTC, or None when it is None or invalid."""
    raise NotImplementedError
