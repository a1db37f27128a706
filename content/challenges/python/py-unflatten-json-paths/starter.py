def unflatten_json(flat: dict) -> dict | None:
    """Rebuild the nested document from path keys, or None if the paths are invalid or conflict."""
    raise NotImplementedError
