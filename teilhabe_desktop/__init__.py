"""Teilhabe Desktop: person-centred, sozialraumorientierte planning for the Eingliederungshilfe."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("teilhabe-desktop")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"

APP_NAME = "Teilhabe Desktop"
ORGANIZATION = "Teilhabe Desktop"
