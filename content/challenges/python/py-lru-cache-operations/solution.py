from collections import OrderedDict


def run_lru(capacity: int, operations: list[list]) -> list:
    """Replay put/get operations on an LRU cache of the given capacity; return the get results."""
    cache: OrderedDict = OrderedDict()  # least recently used first
    results = []
    for operation in operations:
        if operation[0] == "get":
            key = operation[1]
            if key in cache:
                cache.move_to_end(key)
                results.append(cache[key])
            else:
                results.append(None)
        else:
            _, key, value = operation
            if key in cache:
                cache.move_to_end(key)
            elif len(cache) >= capacity:
                if capacity == 0:
                    continue
                cache.popitem(last=False)
            cache[key] = value
    return results
