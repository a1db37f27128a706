def validate_records(records: list[dict], schema: list[dict]) -> list[dict]:
    """[{'row': i, 'errors': [...]}] for every record that breaks the schema, in row order."""
    raise NotImplementedError
