"""The person whose places the map highlights: handed in by the shell, so the map
feature does not import the persons or the plan feature."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PersonFocus:
    """The selected person (in the list, or whose plan is open)."""

    name: str
    home_district_code: int | None
    home_sozialraum_id: str | None
    sozialraum_ids: tuple[str, ...]  # home first, then the others chosen in the plan
    #: adds a Sozialraum to the open plan; None when no plan is open
    add_sozialraum: Callable[[str], None] | None = None


#: Asked each time the map is shown (and after adding a Sozialraum).
FocusSource = Callable[[], PersonFocus | None]
