"""reference data that can be retired; the Drentse Sociale Agenda's three speerpunten in place of
five themes the sources do not have; provincie as an organisation kind; B9

Every reference table (theme, target_group, municipality, indicator_library) gets ``retired``:
an item in use is retired (*vervallen*), never deleted — it stays on the records that use it
and is no longer offered for new ones.

A file that has the five old Sociale Agenda themes (every Drenthe file made before this
version) gets the three speerpunten of the Drentse Sociale Agenda 2020-2023, as the province's
Cultuurnota names them. A link moves only where the mapping is unambiguous:

    DSA-LEEFBAARHEID  Leefbaarheid                          → DSA-BEWONERSPARTICIPATIE
    DSA-GEZONDHEID    Gezondheid                            → DSA-POSITIEVE-GEZONDHEID
    DSA-ONDERWIJS     Onderwijskwaliteit en gelijke kansen  → DSA-GELIJKE-KANSEN
    DSA-ARMOEDE       Armoede en laaggeletterdheid          → (none: stays, vervallen)
    DSA-MEEDOEN       Meedoen                               → (none: stays, vervallen)

Moved are a project's theme links, its primary theme and a chain element's theme. All five old
themes are retired; no project loses a link. The portfolio's regional agenda is named
"Drentse Sociale Agenda 2020-2023" (``file_info.regional_agenda``) when it has none.

Two indicator library entries get correct Dutch ("Deelnemers dat … ervaart" → "Deelnemers die
… ervaren"), where they still have the name FieldLab Desk gave them; a user's own rename stays.

Organisations named "Provincie …" recorded as a gemeente become kind ``provincie``. Where
Biblionet Drenthe is in the file, B9 — "de openbare bibliotheekorganisatie van Biblionet
Drenthe voor 9 gemeenten" — is added when missing.

The mapping and the names are written here, not imported: a migration must do tomorrow what it
does today, whatever the code's reference data becomes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFERENCE_TABLES = ("theme", "target_group", "municipality", "indicator_library")

SPEERPUNTEN = (
    ("DSA-GELIJKE-KANSEN", "Gelijke kansen voor kinderen", "Equal opportunities for children"),
    ("DSA-POSITIEVE-GEZONDHEID", "Positieve gezondheid", "Positive health"),
    ("DSA-BEWONERSPARTICIPATIE", "Bewonersparticipatie voor wonen en leefbaarheid",
     "Resident participation for housing and liveability"),
)  # fmt: skip

LIBRARY_NAMES = (
    ("DIGIVAARDIG", "Deelnemers dat digitale vaardigheden verbetert",
     "Deelnemers van wie de digitale vaardigheden verbeteren"),
    ("VERBETERING", "Deelnemers dat verbetering ervaart", "Deelnemers die verbetering ervaren"),
)  # fmt: skip

MOVES = {
    "DSA-LEEFBAARHEID": "DSA-BEWONERSPARTICIPATIE",
    "DSA-GEZONDHEID": "DSA-POSITIEVE-GEZONDHEID",
    "DSA-ONDERWIJS": "DSA-GELIJKE-KANSEN",
    "DSA-ARMOEDE": None,
    "DSA-MEEDOEN": None,
}


def upgrade() -> None:
    for name in REFERENCE_TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("retired", sa.Boolean(), nullable=False, server_default=sa.false())
            )
    bind = op.get_bind()
    old: dict[str, int] = dict(bind.execute(sa.text(
        "SELECT code, id FROM theme WHERE code IN ('DSA-LEEFBAARHEID', 'DSA-GEZONDHEID', "
        "'DSA-ONDERWIJS', 'DSA-ARMOEDE', 'DSA-MEEDOEN')")).all())  # fmt: skip
    if old:
        _speerpunten(bind, old)
    for code, old_name, new_name in LIBRARY_NAMES:
        bind.execute(
            sa.text(
                "UPDATE indicator_library SET name_nl = :new WHERE code = :code AND name_nl = :old"
            ),
            {"code": code, "old": old_name, "new": new_name},
        )
    bind.execute(sa.text(
        "UPDATE organisation SET kind = 'provincie' WHERE kind = 'gemeente' AND name LIKE 'Provincie %'"
    ))  # fmt: skip
    has_biblionet = bind.execute(
        sa.text("SELECT count(*) FROM organisation WHERE name = 'Biblionet Drenthe'")
    ).scalar()
    has_b9 = bind.execute(
        sa.text("SELECT count(*) FROM organisation WHERE name = 'B9' OR short_name = 'B9'")
    ).scalar()
    if has_biblionet and not has_b9:
        bind.execute(sa.text(
            "INSERT INTO organisation (name, short_name, kind, place, website, note) VALUES "
            "('B9', 'B9', 'samenwerkingsverband', 'Drenthe', '', "
            "'De openbare bibliotheekorganisatie van Biblionet Drenthe voor 9 gemeenten')"
        ))  # fmt: skip


def _speerpunten(bind: sa.Connection, old: dict[str, int]) -> None:
    kind = bind.execute(sa.text("SELECT kind FROM theme WHERE id = :id"),
                        {"id": next(iter(old.values()))}).scalar()  # fmt: skip
    order = bind.execute(sa.text("SELECT coalesce(max(sort_order), 0) FROM theme")).scalar() or 0
    new: dict[str, int] = {}
    for code, name_nl, name_en in SPEERPUNTEN:
        found = bind.execute(sa.text("SELECT id FROM theme WHERE code = :code"), {"code": code})
        row = found.first()
        if row is None:
            order += 1
            bind.execute(
                sa.text("INSERT INTO theme (code, kind, name_nl, name_en, sort_order, retired) "
                        "VALUES (:code, :kind, :nl, :en, :order, :no)"),
                {"code": code, "kind": kind, "nl": name_nl, "en": name_en, "order": order,
                 "no": False},
            )  # fmt: skip
            row = bind.execute(
                sa.text("SELECT id FROM theme WHERE code = :code"), {"code": code}
            ).first()
        assert row is not None
        new[code] = row[0]
    for code, target in MOVES.items():
        if code not in old or target is None:
            continue
        ids = {"old": old[code], "new": new[target]}
        bind.execute(sa.text(
            "INSERT INTO project_theme (project_id, theme_id) SELECT project_id, :new "
            "FROM project_theme AS link WHERE theme_id = :old AND NOT EXISTS (SELECT 1 FROM "
            "project_theme AS other WHERE other.project_id = link.project_id AND other.theme_id = :new)"
        ), ids)  # fmt: skip
        bind.execute(sa.text("DELETE FROM project_theme WHERE theme_id = :old"), {"old": old[code]})
        bind.execute(
            sa.text("UPDATE project SET primary_theme_id = :new WHERE primary_theme_id = :old"), ids
        )
        bind.execute(sa.text("UPDATE toc_element SET theme_id = :new WHERE theme_id = :old"), ids)
    bind.execute(
        sa.text("UPDATE theme SET retired = :yes WHERE code IN ('DSA-LEEFBAARHEID', "
                "'DSA-GEZONDHEID', 'DSA-ONDERWIJS', 'DSA-ARMOEDE', 'DSA-MEEDOEN')"),
        {"yes": True},
    )  # fmt: skip
    named = bind.execute(
        sa.text("SELECT count(*) FROM file_info WHERE key = 'regional_agenda'")
    ).scalar()
    if not named:
        bind.execute(sa.text("INSERT INTO file_info (key, value) VALUES ('regional_agenda', "
                             "'Drentse Sociale Agenda 2020-2023')"))  # fmt: skip


def downgrade() -> None:
    for name in REFERENCE_TABLES:
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_column("retired")
