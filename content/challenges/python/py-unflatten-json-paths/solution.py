import re

FIRST_STEP = re.compile(r'([^.\[\]"\\]+)|\["((?:[^"\\]|\\["\\])*)"\]')
NEXT_STEP = re.compile(r'\.([^.\[\]"\\]+)|\["((?:[^"\\]|\\["\\])*)"\]|\[(0|[1-9][0-9]*)\]')
UNESCAPE = re.compile(r'\\(["\\])')
MAX_INDEX = 100_000


def _steps(path: str) -> list | None:
    """The path's steps: str for a key, int for an index; None if the path is invalid."""
    steps, pos, pattern = [], 0, FIRST_STEP
    while pos < len(path) or not steps:
        match = pattern.match(path, pos)
        if not match:
            return None
        simple, bracket, *rest = match.groups()
        index = rest[0] if rest else None
        if index is not None:
            if int(index) > MAX_INDEX:
                return None
            steps.append(int(index))
        else:
            steps.append(simple if simple is not None else UNESCAPE.sub(r"\1", bracket))
        pos, pattern = match.end(), NEXT_STEP
    return steps


class _Node:
    __slots__ = ("kind", "children", "value")

    def __init__(self):
        self.kind = None  # "dict", "list" or "leaf" once known
        self.children = {}
        self.value = None

    def become(self, kind: str) -> bool:
        """Fix the node's kind; False on a conflict (a leaf may be set only once)."""
        if self.kind is None:
            self.kind = kind
            return True
        return self.kind == kind and kind != "leaf"


def _build(node: _Node):
    # Iterative post-order so deep paths cannot hit the recursion limit.
    result = {}
    stack = [(node, result)]
    while stack:
        current, target = stack.pop()
        for step, child in current.children.items():
            if child.kind == "leaf":
                value = child.value
            elif child.kind == "dict":
                value = {}
                stack.append((child, value))
            else:
                size = max(child.children, default=-1) + 1
                value = [None] * size
                stack.append((child, value))
            target[step] = value
    return result


def unflatten_json(flat: dict) -> dict | None:
    """Rebuild the nested document from path keys, or None if the paths are invalid or conflict."""
    root = _Node()
    root.kind = "dict"
    for path, value in flat.items():
        steps = _steps(path)
        if steps is None:
            return None
        node = root
        for step in steps:
            if not node.become("list" if isinstance(step, int) else "dict"):
                return None
            child = node.children.get(step)
            if child is None:
                child = node.children[step] = _Node()
            node = child
        kind = "dict" if isinstance(value, dict) else "list" if isinstance(value, list) else "leaf"
        if not node.become(kind):
            return None
        node.value = value
    return _build(root)
