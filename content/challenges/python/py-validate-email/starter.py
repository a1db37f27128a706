def is_valid_email(address: str) -> bool:
    """True when the address follows the rules in the problem."""
    raise NotImplementedError
