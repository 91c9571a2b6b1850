"""The markdown a reader follows: every relative link and picture in the repository's markdown
files points at a file that exists, and the VAD benchmark's "where the defaults stand" table says
what its results file says."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# [text](target) and ![alt](target); the target ends at whitespace or ")"
LINK = re.compile(r"!?\[[^\]\n]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)


def markdown_files() -> list[Path]:
    out = subprocess.run(
        ["git", "ls-files", "*.md"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    return [REPO / f for f in out]


def relative_links(text: str) -> list[str]:
    """Targets of the links outside code blocks that point into the repository."""
    text = FENCE.sub("", text)
    targets = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("#"):
            continue  # a URL (http:, mailto:, …) or an anchor on the same page
        targets.append(target.split("#", 1)[0])
    return targets


def test_link_finder_skips_urls_anchors_and_code() -> None:
    text = (
        "[a](passes.md) ![p](results/x.png) [u](https://example.com/a.md) [h](#top)\n"
        "```bash\n[not](a_link.md)\n```\n[b](round1.md#corpus)\n"
    )
    assert relative_links(text) == ["passes.md", "results/x.png", "round1.md"]


@pytest.mark.parametrize("md", markdown_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(md: Path) -> None:
    broken = [t for t in relative_links(md.read_text()) if not (md.parent / t).exists()]
    assert not broken, f"{md.relative_to(REPO)} links to missing files: {broken}"


def targets_met(summary: str) -> dict[str, list[str]]:
    """Per target (as the summary names it), the "met/applies" of each corpus, in order."""
    met: dict[str, list[str]] = {}
    for line in summary.splitlines():
        if line.startswith("Targets met on this corpus"):
            for name, count in re.findall(r"([^:;]+?) (\d+/\d+)", line.split(":", 1)[1]):
                met.setdefault(name.strip(), []).append(count)
    return met


def test_the_vad_readme_states_the_targets_its_results_file_records() -> None:
    bench = REPO / "bench" / "vad"
    met = targets_met((bench / "results" / "round2" / "summary.md").read_text())
    assert len(met) == 6 and all(len(v) == 3 for v in met.values()), met
    readme = (bench / "README.md").read_text()
    section = readme.split("## Where the defaults stand", 1)[1].split("\n## ", 1)[0]
    # the README's row for each of the summary's targets
    rows = {
        "false starts": "| false starts ≤ 1 (10 dB)",
        "FS ≤ pipecat": "| false starts ≤ pipecat",
        "missed ≤ 3 %": "| missed ≤ 3 %",
        "missed ≤ pipecat": "| missed ≤ pipecat",
        "p50 ≤ 300 ms": "| start p50 ≤ 300 ms",
        "no lock-out": "| no call locked out",
    }
    assert set(rows) == set(met)
    for name, start in rows.items():
        (row,) = [r for r in section.splitlines() if r.startswith(start)]
        stated = [f"{a}/{b}" for a, b in re.findall(r"(\d+) / (\d+)", row)]
        assert stated == met[name], (name, row)
