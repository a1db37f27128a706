import json
from collections import Counter
from typing import Iterable, Iterator


def complete_lines(chunks: Iterable[str]) -> Iterator[str]:
    """Yield each '\n'-terminated line as soon as it is complete, then the unterminated tail."""
    pending: list[str] = []  # pieces of the current line; joined once, when its newline arrives
    for chunk in chunks:
        start = 0
        newline = chunk.find("\n")
        while newline != -1:
            pending.append(chunk[start:newline])
            yield "".join(pending)
            pending = []
            start = newline + 1
            newline = chunk.find("\n", start)
        if start < len(chunk):
            pending.append(chunk[start:])
    if pending:
        yield "".join(pending)


def count_event_types(chunks: Iterable[str]) -> dict[str, int]:
    """Count JSON Lines records by their top-level "type", reading the text chunk by chunk."""
    counts: Counter[str] = Counter()
    for line in complete_lines(chunks):
        if line.strip(" \t\r"):
            counts[json.loads(line)["type"]] += 1
    return dict(counts)
