from typing import Iterable


def first_index_reaching(amounts: Iterable[int], budget: int) -> int | None:
    """0-based position of the first charge whose running total is >= budget, or None."""
    raise NotImplementedError
