"""Every screen of the main window once: each page, then each section of a plan."""

from __future__ import annotations

from collections.abc import Iterator

from teilhabe_desktop.core.plan_sections import section_keys


def each_screen(qtbot, window, store) -> Iterator[tuple[str, object]]:
    """``(name, widget)`` for every page and every plan section, each shown in turn
    (the demo data loaded, so the lists are not empty)."""
    from teilhabe_desktop.demo import load_demo

    load_demo(store)
    for key in window.page_by_key:
        window.show_page(key)
        qtbot.wait(10)
        yield key, window.page_by_key[key]
    window.show_page("persons")
    page = window.persons_page
    page.refresh()
    page.open_person(store.persons.list()[0].id)
    for key in section_keys():
        page.workspace.show_section(key)
        qtbot.wait(10)
        yield f"plan:{key}", page.workspace
