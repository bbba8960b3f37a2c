"""The window's pages, one entry each: adding a page is adding an entry here (and its module
under ``ui.views``, and its texts to the translations).

The sidebar, the Beeld menu with its Ctrl+number shortcuts, the window's lazily built pages and
their *open this project* signals all read this one list; nothing else names the pages.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageEntry:
    key: str
    """The page's name in settings, actions (``actionPage_<key>``) and code."""
    module: str
    """Its module under ``fieldlab_desk.ui.views``, imported when the page is first shown."""
    class_name: str
    title_nl: str
    title_en: str
    icon: str
    """``resources/icons/<icon>.svg``."""
    shortcut: str
    """Fixed per page: inserting a page moves no other page's key."""
    opens_projects: tuple[str, ...] = ()
    """The page's widgets (attribute names; "" the page itself) whose ``project_requested``
    opens a project in the editor."""

    administration: bool = False
    """Shown only to a beheerder on a server (there are no logins in a file)."""

    def title(self, language: str) -> str:
        return self.title_en if language == "en" else self.title_nl


REGISTRY: tuple[PageEntry, ...] = (
    PageEntry("dashboard", "dashboard_page", "DashboardPage", "Dashboard", "Dashboard",
              "dashboard", "Ctrl+1"),
    PageEntry("projects", "projects_page", "ProjectsPage", "Projecten", "Projects", "projects",
              "Ctrl+2"),
    PageEntry("yearplan", "yearplan_page", "YearPlanPage", "Jaarplanning", "Year plan",
              "yearplan", "Ctrl+3"),
    PageEntry("steering", "steering_page", "SteeringPage", "Stuurgroep", "Steering group",
              "steering", "Ctrl+4"),
    PageEntry("fieldlabs", "fieldlabs_page", "FieldlabsPage", "Fieldlabs", "Fieldlabs",
              "fieldlabs", "Ctrl+5", ("",)),
    PageEntry("organisations", "organisations_page", "OrganisationsPage",
              "Organisaties & personen", "Organisations & people", "organisations", "Ctrl+6",
              ("organisations", "people")),
    PageEntry("contribution", "contribution_page", "ContributionPage", "Bijdrage aan opgaven",
              "Contribution to challenges", "contribution", "Ctrl+7", ("",)),
    PageEntry("indicators", "indicators_page", "IndicatorsPage", "Indicatoren", "Indicators",
              "indicators", "Ctrl+8", ("",)),
    PageEntry("scaling", "scaling_page", "ScalingPage", "Verspreiding", "Scaling",
              "scaling", "Ctrl+Shift+V", ("",)),
    PageEntry("reference", "reference_page", "ReferencePage", "Referentiegegevens",
              "Reference data", "reference", "Ctrl+9"),
    PageEntry("access", "access_page", "AccessPage", "Toegang", "Access", "access", "Ctrl+0",
              administration=True),
)  # fmt: skip

PAGES = [entry.key for entry in REGISTRY]
BY_KEY = {entry.key: entry for entry in REGISTRY}
