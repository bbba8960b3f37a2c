"""closed periods held by a server itself

A closed half year's measurements, progress stories and decisions must not change until it is
reopened. The app's edit engine refuses such edits on every path; on a server the database now
refuses them too (a trigger on each of those tables), so no client — psql included — changes a
report that was sent. A file has no such clients: there the app's guard is the guard.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUARDED = ("measurement", "measurement_part", "progress_story", "decision", "decision_grant",
           "change_request")  # fmt: skip

FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION fieldlab_period_of(day date) RETURNS text AS $$
    SELECT extract(year FROM day)::int || 'H' || CASE WHEN extract(month FROM day) <= 6 THEN '1' ELSE '2' END
$$ LANGUAGE sql IMMUTABLE
""",
    """
CREATE OR REPLACE FUNCTION fieldlab_period_closed(code text) RETURNS boolean AS $$
    SELECT coalesce((SELECT reopened_on IS NULL FROM period_closure
                     WHERE period = code ORDER BY id DESC LIMIT 1), false)
$$ LANGUAGE sql STABLE
""",
    """
CREATE OR REPLACE FUNCTION fieldlab_row_period(tab text, r jsonb) RETURNS text AS $$
BEGIN
    IF r IS NULL THEN
        RETURN NULL;
    ELSIF tab = 'measurement' THEN
        RETURN fieldlab_period_of((r->>'measured_on')::date);
    ELSIF tab = 'measurement_part' THEN
        RETURN fieldlab_period_of((SELECT measured_on FROM measurement
                                   WHERE id = (r->>'measurement_id')::int));
    ELSIF tab = 'progress_story' THEN
        RETURN r->>'period';
    ELSIF r->>'meeting_id' IS NOT NULL THEN
        RETURN fieldlab_period_of((SELECT held_on FROM meeting WHERE id = (r->>'meeting_id')::int));
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql STABLE
""",
    """
CREATE OR REPLACE FUNCTION fieldlab_guard_period() RETURNS trigger AS $$
DECLARE
    code text;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        code := fieldlab_row_period(TG_TABLE_NAME, to_jsonb(OLD));
        IF code IS NOT NULL AND fieldlab_period_closed(code) THEN
            RAISE EXCEPTION 'period % is closed', code USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        code := fieldlab_row_period(TG_TABLE_NAME, to_jsonb(NEW));
        IF code IS NOT NULL AND fieldlab_period_closed(code) THEN
            RAISE EXCEPTION 'period % is closed', code USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    RETURN OLD;
END
$$ LANGUAGE plpgsql
""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return  # a file: the app's edit engine is the guard
    for function in FUNCTIONS:
        op.execute(function)
    for name in GUARDED:
        op.execute(
            f"CREATE TRIGGER {name}_closed_period BEFORE INSERT OR UPDATE OR DELETE ON {name} "
            "FOR EACH ROW EXECUTE FUNCTION fieldlab_guard_period()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in GUARDED:
        op.execute(f"DROP TRIGGER IF EXISTS {name}_closed_period ON {name}")
    for function in ("fieldlab_guard_period()", "fieldlab_row_period(text, jsonb)",
                     "fieldlab_period_closed(text)", "fieldlab_period_of(date)"):  # fmt: skip
        op.execute(f"DROP FUNCTION IF EXISTS {function}")
