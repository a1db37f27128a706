def task_order(dependencies: dict[str, list[str]]) -> list[str] | None:
    """Run order where every task follows its upstream tasks, smallest ready name first; None on a cycle."""
    raise NotImplementedError
