"""The veranderketen diagram: a readable layout, and SVG/PNG files that hold the whole chain,
written by the CLI as a user types it."""

from __future__ import annotations

import itertools
import random
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from fieldlab_desk.domain.enums import AssumptionStatus, ToCLevel
from fieldlab_desk.domain.toc_layout import (
    MAX_LINES,
    DiagramElement,
    DiagramLink,
    crossings,
    layout,
    order_columns,
    wrap,
)
from fieldlab_desk.services.toc import chain
from fieldlab_desk.storage import open_database
from tests.test_cli import run

SVG = "{http://www.w3.org/2000/svg}"
LEVELS = list(ToCLevel)


def strands(count: int) -> tuple[list[DiagramElement], list[DiagramLink]]:
    """``count`` parallel pathways input → … → outcome (lang), all to one impact: a chain that
    can be drawn without a single crossing."""
    elements, links = [], []
    impact = DiagramElement(10_000, ToCLevel.IMPACT, "Impact")
    for s in range(count):
        ids = [s * 10 + i for i in range(5)]
        elements += [DiagramElement(i, LEVELS[n], f"Strand {s} {LEVELS[n].value}")
                     for n, i in enumerate(ids)]  # fmt: skip
        links += [DiagramLink(len(links) + n, a, b, AssumptionStatus.ONBEVESTIGD)
                  for n, (a, b) in enumerate(itertools.pairwise(ids))]  # fmt: skip
        links.append(DiagramLink(len(links), ids[-1], impact.id, None))
    return [*elements, impact], links


def test_a_chain_of_forty_shuffled_elements_is_laid_out_without_crossings() -> None:
    elements, links = strands(8)  # 41 elements
    shuffled = elements[:]
    random.Random(7).shuffle(shuffled)  # the user's order: any
    columns = [[e for e in shuffled if e.level is level] for level in LEVELS]
    assert crossings(columns, links) > 20
    assert crossings(order_columns(columns, links), links) == 0
    drawn = layout(shuffled, links, {})
    assert len(drawn.boxes) == 41 and len(drawn.arrows) == len(links)
    # boxes in a column never overlap, and columns run left to right by level
    for column in drawn.columns:
        boxes = sorted((b for b in drawn.boxes if b.element.level is column.level),
                       key=lambda b: b.y)  # fmt: skip
        assert all(a.y + a.height < b.y for a, b in itertools.pairwise(boxes))
    assert [c.level for c in drawn.columns] == LEVELS
    assert all(a.start[0] < a.end[0] for a in drawn.arrows)  # every arrow points forward


def test_long_texts_wrap_and_end_in_an_ellipsis() -> None:
    lines = wrap("woord " * 100)
    assert len(lines) == MAX_LINES and lines[-1].endswith("…")
    assert wrap("Kort") == ("Kort",)


def test_the_cli_draws_every_element_into_svg_and_png(demo_path: Path, tmp_path: Path) -> None:
    database = open_database(demo_path, read_only=True)
    with database.session() as session:
        view = chain(4, session=session)
    database.close()
    assert view is not None
    svg_path, png_path = tmp_path / "chain.svg", tmp_path / "chain.png"
    made = run("toc", str(demo_path), "--project", view.code, "--out", str(svg_path))
    assert made.returncode == 0, made.stderr
    root = ET.parse(svg_path).getroot()  # well-formed XML
    assert root.tag == f"{SVG}svg"
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g")}
    for element in view.elements:
        box = groups[f"element-{element.id}"]
        assert box.findtext(f"{SVG}title") == element.text
        drawn = " ".join(t.text or "" for t in box.iter(f"{SVG}text"))
        assert " ".join(drawn.split()).startswith(" ".join(element.text.split())[:20])
    assert {f"link-{li.id}" for li in view.links} <= set(groups)
    costs = " ".join(t.text or "" for t in root.iter(f"{SVG}text"))
    assert "€" in costs and "route €" in costs
    made = run("toc", str(demo_path), "--project", view.code, "--out", str(png_path), lang="en")
    assert made.returncode == 0, made.stderr
    data = png_path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width == 2 * int(root.get("width") or 0) and height == 2 * int(root.get("height") or 0)
    assert not list(tmp_path.glob("*.part"))


def test_the_cli_prints_the_check_as_text_and_json(demo_path: Path) -> None:
    import json

    as_json = run("toc", str(demo_path), "--project", "sgia-2023-04", "--check", "--json")
    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert 0 <= report["score"] <= 100
    assert report["score"] == round(sum(p["points"] for p in report["parts"]))
    problems = {f["problem"] for f in report["findings"]}
    assert "outcome_without_indicator" in problems
    missing = next(f for f in report["findings"] if f["problem"] == "outcome_without_indicator")
    assert missing["elements"] == ["Ouders weten wat hun kind aan boeken heeft"]
    as_text = run("toc", str(demo_path), "--project", "SGIA-2023-04", "--check", lang="en")
    assert f"Quality score: {report['score']}/100" in as_text.stdout
    assert (
        "Outcome 'Ouders weten wat hun kind aan boeken heeft' has no indicator." in as_text.stdout
    )


def test_the_cli_refuses_an_unknown_project_and_a_wrong_file_kind(
    demo_path: Path, tmp_path: Path
) -> None:
    unknown = run("toc", str(demo_path), "--project", "NOPE", "--check")
    assert unknown.returncode == 2 and "geen project met code 'NOPE'" in unknown.stderr
    wrong = run(
        "toc", str(demo_path), "--project", "SGIA-2023-04", "--out", str(tmp_path / "x.pdf")
    )
    assert wrong.returncode == 2 and ".svg of .png" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_a_diagram_that_cannot_be_written_says_so_and_leaves_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "no such folder" / "chain.svg"
    result = run("toc", str(demo_path), "--project", "SGIA-2023-04", "--out", str(missing))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "no such folder" in result.stderr
    assert not missing.parent.exists() and not list(tmp_path.rglob("*.part"))
