"""PySide6 user interface. The only layer that imports Qt; it never builds SQL."""

from teilhabe_desktop.ui.common.singleton_guard import keep_singletons_alive

keep_singletons_alive()  # before any Qt call: see ui/common/singleton_guard.py
