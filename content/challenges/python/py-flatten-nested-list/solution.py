def flatten(items: list) -> list:
    """Return the non-list elements of a nested list, left to right."""
    # An explicit stack of iterators: no recursion limit, and each element is visited once.
    result = []
    stack = [iter(items)]
    while stack:
        for element in stack[-1]:
            if isinstance(element, list):
                stack.append(iter(element))
                break
            result.append(element)
        else:
            stack.pop()
    return result
