import heapq
from itertools import islice
from typing import Iterable


def merge_streams(streams: list[Iterable[dict]], limit: int) -> list[dict]:
    """The first `limit` records of the streams merged by ts; ties go to the earlier stream."""
    # heapq.merge is lazy and, on equal keys, yields from the earlier iterable first.
    merged = heapq.merge(*streams, key=lambda record: record["ts"])
    return list(islice(merged, limit))
