"""Import and export of catalogue and case data (CSV, JSON, HSDS 3.0). Qt-free."""

from teilhabe_desktop.store.sqlite_utils_light import import_sqlite_utils

import_sqlite_utils()  # some modules here import sqlite-utils before any store module
