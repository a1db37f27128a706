from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def sum_by_key(records: list[dict], key_field: str, amount_field: str) -> dict[str, str]:
    """Total of amount_field per key_field value, as strings with two decimal places."""
    totals: dict[str, Decimal] = {}
    for record in records:
        amount = record[amount_field]
        if amount is None:
            continue
        key = record[key_field]
        totals[key] = totals.get(key, Decimal(0)) + Decimal(amount)
    result = {}
    for key, total in totals.items():
        rounded = total.quantize(CENT, rounding=ROUND_HALF_UP)
        if rounded == 0:
            rounded = abs(rounded)
        result[key] = str(rounded)
    return result
