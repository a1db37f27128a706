def records_to_csv(records: list[dict], columns: list[str]) -> str:
    """CSV text: pinned columns first, then other keys sorted; every line ends with a newline."""
    raise NotImplementedError
