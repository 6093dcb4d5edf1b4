"""*Mein Plan*'s Wörter-Buch: the hard words the printed plan uses, explained.

The words come from the shipped glossary (``core.glossary``) and the caseworker's own
terms carried in the snapshot; only those that occur in the plan's texts are printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from teilhabe_desktop.core.glossary import GlossaryEntry, merged, used_entries
from teilhabe_desktop.core.plan import PlanSnapshot
from teilhabe_desktop.reports import plain_texts as T
from teilhabe_desktop.reports.escaping import esc
from teilhabe_desktop.reports.styles import Styles


def snapshot_glossary(snapshot: PlanSnapshot) -> list[GlossaryEntry]:
    """The shipped entries and the caseworker's terms of this snapshot."""
    extra = [GlossaryEntry(term, text) for term, text in snapshot.glossary.items()]
    return merged(extra)


def paragraph_texts(story: Iterable[Flowable]) -> Iterator[str]:
    """The markup of every paragraph in ``story``, also inside panels and keep-togethers."""
    for flowable in story:
        if isinstance(flowable, Paragraph):
            yield flowable.text
            continue
        for attr in ("content", "side", "head", "_content"):
            inner = getattr(flowable, attr, None)
            if isinstance(inner, list):
                yield from paragraph_texts(inner)
        for attr in ("body", "text"):
            inner = getattr(flowable, attr, None)
            if isinstance(inner, Flowable):
                yield from paragraph_texts([inner])


def glossary_block(story: list[Flowable], snapshot: PlanSnapshot, styles: Styles) -> list:
    """The Wörter-Buch for the words ``story`` uses; empty when it uses none."""
    entries = used_entries(paragraph_texts(story), snapshot_glossary(snapshot))
    if not entries:
        return []
    out: list[Flowable] = [
        KeepTogether(
            [
                Paragraph(T.GLOSSARY, styles.h1),
                Paragraph("<br/>".join(T.GLOSSARY_LEAD), styles.lead),
                *_entry(entries[0], styles),
            ]
        )
    ]
    for entry in entries[1:]:
        out.append(KeepTogether(_entry(entry, styles)))
    return out


def _entry(entry: GlossaryEntry, styles: Styles) -> list[Flowable]:
    markup = f"<b>{esc(entry.term)}</b><br/>{esc(entry.explanation)}"
    return [Paragraph(markup, styles.body)]
