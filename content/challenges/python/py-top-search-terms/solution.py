import heapq
from collections import Counter


def top_terms(queries: list[str], k: int) -> list[tuple[str, int]]:
    """The k most frequent lower-cased terms as (term, count), most frequent first, ties by term."""
    counts = Counter(term.lower() for query in queries for term in query.split())
    return heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
