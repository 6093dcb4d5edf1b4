"""The pages of the plan sections: one widget class per key of ``core.plan_sections``.

The workspace builds its navigation and its pages from :data:`SECTION_WIDGETS` in the
order of ``PLAN_SECTIONS``; importing this package fails if a section has no widget.
"""

from __future__ import annotations

from teilhabe_desktop.core.plan_sections import check_every_section
from teilhabe_desktop.ui.plan.sections.gesamtplan import GesamtplanSection
from teilhabe_desktop.ui.plan.sections.goals import GoalsSection
from teilhabe_desktop.ui.plan.sections.offers import OffersSection
from teilhabe_desktop.ui.plan.sections.resources import ResourcesSection
from teilhabe_desktop.ui.plan.sections.review import ReviewSection
from teilhabe_desktop.ui.plan.sections.section import PlanSection
from teilhabe_desktop.ui.plan.sections.services import ServicesSection
from teilhabe_desktop.ui.plan.sections.sozialraeume import SozialraeumeSection
from teilhabe_desktop.ui.plan.sections.steps import StepsSection
from teilhabe_desktop.ui.plan.sections.wishes import WishesSection

#: section key → the widget class of its page (each class names its ``key``)
SECTION_WIDGETS: dict[str, type[PlanSection]] = {
    widget.key: widget
    for widget in (
        WishesSection,
        GoalsSection,
        ResourcesSection,
        SozialraeumeSection,
        OffersSection,
        StepsSection,
        ServicesSection,
        GesamtplanSection,
        ReviewSection,
    )
}


check_every_section(SECTION_WIDGETS, "widget")
