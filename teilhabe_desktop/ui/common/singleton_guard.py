"""Keep Python's ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

The PySide6/shiboken6 6.12.0 wheels (abi3, built for 3.10+) drop references to these
singletons without having taken them:

- every void Qt method returns ``None`` without a new reference (``setText``,
  ``setPen``, ``addChild`` …);
- every Python-side ``signal.emit(True)`` / ``emit(False)`` of a ``Signal(bool)`` takes
  one reference from ``True`` or ``False``.

From Python 3.12 on these objects are immortal and that is harmless; on 3.11 the
process aborts after a few thousand calls with "Fatal Python error: none_dealloc" or
"bool_dealloc". Filling the map's list with 2,000 offers does that; ticking a filter a
few hundred times in a long consultation would too.

The guard gives each of them so many references that no session can use them up
(2**40: a million calls a second for twelve days), which is what Python 3.12 does for
good. It does nothing on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 2**40
SINGLETONS = (None, True, False)


def keep_singletons_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in SINGLETONS:
        # ob_refcnt is the first field of every CPython object (Py_ssize_t)
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < RESERVE:
            count.value += RESERVE
