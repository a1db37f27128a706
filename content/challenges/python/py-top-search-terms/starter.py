def top_terms(queries: list[str], k: int) -> list[tuple[str, int]]:
    """The k most frequent lower-cased terms as (term, count), most frequent first, ties by term."""
    raise NotImplementedError
