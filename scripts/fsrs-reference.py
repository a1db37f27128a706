#!/usr/bin/env python3
"""Replays reviews through py-fsrs: the reference the Swift FSRS scheduler is tested against.

Usage: fsrs-reference.py [DESIRED_RETENTION] < reviews.json > outputs.json

Reads the replay-input JSON array ({"card", "rating", "reviewed_at"}) on stdin and prints, for every review and in
the same order, the card after it in the replay-output shape ({"card", "rating", "reviewed_at", "state", "step",
"stability", "difficulty", "due"}): default parameters, fuzz off, each card id a new card at its first review.
Times are printed like the Swift side prints them: UTC, "Z", and a fraction only when there is one.
"""

import json
import sys
from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler, State

STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}


def parse_time(text):
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None or moment.utcoffset().total_seconds() != 0:
        raise ValueError(f"{text!r} is not a UTC time")
    return moment.astimezone(timezone.utc)


def format_time(moment):
    text = (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
            f"T{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}")
    if moment.microsecond:
        text += "." + f"{moment.microsecond:06d}".rstrip("0")
    return text + "Z"


def main():
    retention = float(sys.argv[1]) if len(sys.argv) > 1 else 0.9
    scheduler = Scheduler(desired_retention=retention, enable_fuzzing=False)
    cards = {}
    outputs = []
    for review in json.load(sys.stdin):
        reviewed_at = parse_time(review["reviewed_at"])
        card = cards.get(review["card"]) or Card(card_id=len(cards) + 1, due=reviewed_at)
        card, _ = scheduler.review_card(card, Rating(review["rating"]), reviewed_at)
        cards[review["card"]] = card
        outputs.append({
            "card": review["card"],
            "rating": review["rating"],
            "reviewed_at": format_time(reviewed_at),
            "state": STATE_NAMES[card.state],
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due": format_time(card.due),
        })
    json.dump(outputs, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
