def parse_csv(text: str) -> list[dict]:
    """Rows of the CSV text as dicts keyed by the header, with values converted by the rules."""
    raise NotImplementedError
