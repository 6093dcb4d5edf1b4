"""The only place with SQL: connections, migrations and one repository per aggregate."""

from teilhabe_desktop.store.sqlite_utils_light import import_sqlite_utils

import_sqlite_utils()  # before any module here imports it
