from typing import Iterable


def merge_streams(streams: list[Iterable[dict]], limit: int) -> list[dict]:
    """The first `limit` records of the streams merged by ts; ties go to the earlier stream."""
    raise NotImplementedError
