SPECIAL = set('.[]"\\')


def _key_step(key: str, first: bool) -> str:
    if key and not SPECIAL.intersection(key):
        return key if first else "." + key
    escaped = key.replace("\\", "\\\\").replace('"', '\\"')
    return f'["{escaped}"]'


def flatten_json(document: dict) -> dict:
    """Map every leaf's path (like 'a.b[0].c') to its value."""
    flat = {}
    # An explicit stack of (path, container) pairs: no recursion limit to worry about.
    stack = [("", document)]
    while stack:
        path, container = stack.pop()
        if isinstance(container, dict):
            steps = ((path + _key_step(key, path == ""), value) for key, value in container.items())
        else:
            steps = ((f"{path}[{index}]", value) for index, value in enumerate(container))
        for child_path, value in steps:
            if isinstance(value, (dict, list)) and value:
                stack.append((child_path, value))
            elif isinstance(value, dict):
                flat[child_path] = {}
            elif isinstance(value, list):
                flat[child_path] = []
            else:
                flat[child_path] = value
    return flat
