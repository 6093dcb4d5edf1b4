"""Teilhabe Desktop: person-centred, sozialraumorientierte planning for the Eingliederungshilfe."""

#: The version, kept equal to ``pyproject.toml`` by a test. A constant rather than
#: ``importlib.metadata``: that lookup costs ~45 ms at every start and every command.
__version__ = "0.1.0"

APP_NAME = "Teilhabe Desktop"
ORGANIZATION = "Teilhabe Desktop"
