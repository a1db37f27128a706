def find_duplicates(items: list) -> list:
    """Values that occur more than once, in the order of their first repeat."""
    seen = set()
    reported = set()
    duplicates = []
    for item in items:
        if item in seen:
            if item not in reported:
                reported.add(item)
                duplicates.append(item)
        else:
            seen.add(item)
    return duplicates
