from decimal import Decimal, ROUND_HALF_UP


def sum_by_key(records: list[dict], key_field: str, amount_field: str) -> dict[str, str]:
    """Total of amount_field per key_field value, as strings with two decimal places."""
    raise NotImplementedError
