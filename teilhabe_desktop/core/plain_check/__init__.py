"""A Leichte-Sprache checker: findings per sentence for texts written for the person.

Rules (Netzwerk Leichte Sprache, BMAS-Ratgeber, DIN SPEC 33429): short sentences, no
passive, no negation where a positive word exists, no subjunctive, no genitive, no
abbreviations, numbers as digits, common words (or words the plan's word list explains),
no long words without hyphens, no nested clauses. Each finding has a stable English
code, a German message and the character span it is about::

    >>> [s.codes for s in check_text("Die Assistenz wird von Jonas organisiert.")]
    [['passive']]

German grammar comes from HanTa, word frequency from wordfreq, syllables from Pyphen
(see :mod:`.language`); Qt-free, so the CLI and the GUI share it.
"""

from teilhabe_desktop.core.plain_check.checker import PlainChecker, check_text, normalize_glossary
from teilhabe_desktop.core.plain_check.findings import CODES, Finding, SentenceCheck
from teilhabe_desktop.core.plain_check.language import warm_up

__all__ = [
    "CODES",
    "Finding",
    "PlainChecker",
    "SentenceCheck",
    "check_text",
    "normalize_glossary",
    "warm_up",
]
