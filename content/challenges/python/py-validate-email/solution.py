import re

LOCAL = re.compile(r"[A-Za-z0-9._%+\-]{1,64}")
LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?")
TOP_LEVEL = re.compile(r"[A-Za-z]{2,}")


def is_valid_email(address: str) -> bool:
    """True when the address follows the rules in the problem."""
    if len(address) > 254 or address.count("@") != 1:
        return False
    local, domain = address.split("@")
    if not LOCAL.fullmatch(local) or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    labels = domain.split(".")
    if len(labels) < 2 or not all(LABEL.fullmatch(label) for label in labels):
        return False
    return bool(TOP_LEVEL.fullmatch(labels[-1]))
