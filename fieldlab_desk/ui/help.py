"""Help: the short user guide (resources/manual, Dutch and English) and what the About box
says — the version, the file's schema, the open file and the bundled libraries' licences."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from fieldlab_desk import __version__
from fieldlab_desk.paths import resources_folder
from fieldlab_desk.services.file_info import app_schema

LIBRARIES = (("PySide6-Essentials", "Qt for Python", "LGPL-3.0"), ("SQLAlchemy", "", "MIT"),
             ("sqlmodel", "SQLModel", "MIT"), ("alembic", "Alembic", "MIT"),
             ("openpyxl", "", "MIT"), ("defusedxml", "", "PSF-2.0"),
             ("matplotlib", "", "Matplotlib (PSF-based)"), ("platformdirs", "", "MIT"))  # fmt: skip


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def about_text(language: str, location: str, revision: str) -> str:
    purpose = QCoreApplication.translate(
        "Help",
        "Projecten, begrotingen tegen de SGIA-norm, veranderketens en effectmeting voor "
        "innovatie in de bibliotheeksector.",
    )
    schema = QCoreApplication.translate("Help", "Schemaversie van het programma")
    file_word = QCoreApplication.translate("Help", "Bestand")
    schema_word = QCoreApplication.translate("Help", "schema")
    libraries = QCoreApplication.translate("Help", "Meegeleverde bibliotheken en hun licenties:")
    rows = "".join(
        f"<tr><td>{escape(name or package)}</td><td>{escape(_version(package))}</td>"
        f"<td>{escape(licence)}</td></tr>"
        for package, name, licence in LIBRARIES
    )
    opened = (f"<br>{escape(file_word)}: {escape(location)} ({escape(schema_word)} {escape(revision)})"
              if location else "")  # fmt: skip
    return (f"<b>FieldLab Desk {escape(__version__)}</b> (EUPL-1.2)<p>{escape(purpose)}</p>"
            f"<p>{escape(schema)}: {escape(app_schema())}{opened}<br>Qt {escape(qVersion())}</p>"
            f"<p>{escape(libraries)}</p><table>{rows}</table>")  # fmt: skip


class ManualDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualDialog")
        self.setWindowTitle(QCoreApplication.translate("Help", "Handleiding"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("manualText")
        self.browser.setAccessibleName(QCoreApplication.translate("Help", "Handleiding"))
        name = "manual-en.html" if language == "en" else "handleiding-nl.html"
        self.browser.setHtml((resources_folder() / "manual" / name).read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)
