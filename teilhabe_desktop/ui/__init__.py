"""PySide6 user interface. The only layer that imports Qt; it never builds SQL."""

from teilhabe_desktop.ui.common.none_guard import keep_none_alive

keep_none_alive()  # before any Qt call: see ui/common/none_guard.py
