import heapq


def task_order(dependencies: dict[str, list[str]]) -> list[str] | None:
    """Run order where every task follows its upstream tasks, smallest ready name first; None on a cycle."""
    waiting_on: dict[str, int] = {}
    downstream: dict[str, list[str]] = {}
    for task, upstream in dependencies.items():
        waiting_on.setdefault(task, 0)
        downstream.setdefault(task, [])
        for parent in set(upstream):
            waiting_on[task] += 1
            waiting_on.setdefault(parent, 0)
            downstream.setdefault(parent, []).append(task)

    ready = [task for task, count in waiting_on.items() if count == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        task = heapq.heappop(ready)
        order.append(task)
        for child in downstream[task]:
            waiting_on[child] -= 1
            if waiting_on[child] == 0:
                heapq.heappush(ready, child)
    return order if len(order) == len(waiting_on) else None
