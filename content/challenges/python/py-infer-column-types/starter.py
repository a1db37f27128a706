def infer_schema(records: list[dict]) -> dict[str, dict]:
    """{field: {'type': ..., 'nullable': ...}} inferred from text values with the widening rules."""
    raise NotImplementedError
