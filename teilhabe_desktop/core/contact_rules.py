"""The one rule for German postcodes and e-mail addresses (persons and catalogue entries).

Pragmatic, not RFC 5322: what people write on a form and what a mail program accepts.
"""

from __future__ import annotations

import re

# Characters that never stand in an address as people write it: white space, "@",
# double quotes, brackets and the separators of address lists ("O'Brien" is fine).
_NOT_IN_ADDRESS = r"\s@<>()\[\],;:\""
_EMAIL = re.compile(
    rf"[^{_NOT_IN_ADDRESS}]+"  # local part
    rf"@(?:[^{_NOT_IN_ADDRESS}.]+\.)+"  # domain labels, none of them empty
    rf"(?!\d+$)[^{_NOT_IN_ADDRESS}.]{{2,}}"  # top-level domain: two or more, not a number
)


def is_german_postcode(text: str) -> bool:
    """Five ASCII digits, such as ``07743`` (leading zeros count)."""
    return len(text) == 5 and text.isascii() and text.isdigit()


def is_email(text: str) -> bool:
    """One address ``name@domain.tld``; white space around it is the caller's to strip."""
    return _EMAIL.fullmatch(text) is not None
