"""Keep Python's ``None`` alive under PySide6 6.12 on Python 3.11.

The PySide6/shiboken6 6.12.0 wheels (abi3, built for 3.10+) return ``None`` from every
void Qt method without taking a reference to it. From Python 3.12 on ``None`` is
immortal and that is harmless; on 3.11 each call (``setText``, ``setPen``,
``addChild`` …) takes one reference away, and after a few thousand calls the process
aborts with "Fatal Python error: none_dealloc". Filling the map's list with 2,000 offers
alone does that; a long consultation would too.

The guard gives ``None`` so many references that no session can use them up (2**40: a
million void calls a second for twelve days), which is what Python 3.12 does for good.
It does nothing on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 2**40


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t)
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < RESERVE:
        count.value += RESERVE
