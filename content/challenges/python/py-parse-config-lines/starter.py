def parse_config(text: str) -> dict[str, str]:
    """Map each key in the key=value text to its value; later keys win."""
    raise NotImplementedError
