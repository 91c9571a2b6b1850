"""bench.vad.corpus_split's splits: disjoint sources, and the third held-out split built and run
only on request (no corpus needed: its loaders run on a small tree of synthetic recordings)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from bench.vad import corpus_split as cs
from bench.vad.corpus import DEBS


def test_every_split_has_its_own_packages_seed_and_label_rule() -> None:
    assert cs.ALL_SPLITS == ("tune", "heldout", "heldout2")
    assert cs.BUILDABLE_SPLITS[-1] == "heldout3"
    assert cs.BUILDABLE_SPLITS[:-1] == cs.ALL_SPLITS
    for table in (cs.SEEDS, cs.SPANS, cs.SPLIT_PACKAGES):
        assert set(table) == set(cs.BUILDABLE_SPLITS)
    assert len(set(cs.SEEDS.values())) == len(cs.SEEDS)
    packages = [p for s in cs.BUILDABLE_SPLITS for p in cs.SPLIT_PACKAGES[s]]
    assert len(packages) == len(set(packages)), "a package in two splits"
    # heldout3's packages are in no other corpus (round 1's included), and pinned
    assert not set(cs.SPLIT_PACKAGES["heldout3"]) & set(DEBS)
    for pkg in cs.SPLIT_PACKAGES["heldout3"]:
        version, sha = cs.EXTRA_DEBS[pkg]
        assert version and len(sha) == 64
    assert cs.SPANS["heldout3"] is cs.whole_span  # its caller clips are cut when loaded
    # its readers' languages are none of ktuberling's (another split's volunteers)
    voices = {*cs.TUXPAINT_CALLERS, *cs.TUXPAINT_TALKERS}
    assert not voices & {*cs.KTUBERLING_TALKERS, cs.KTUBERLING_CALLER}
    assert not set(cs.TUXPAINT_CALLERS) & set(cs.TUXPAINT_TALKERS)


def test_heldout3_is_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    monkeypatch.setattr(cs, "build", lambda split, **kw: built.append(split))
    for given, want in [
        ([], ["tune", "heldout"]),
        (["--split", "all"], ["tune", "heldout", "heldout2"]),
        (["--split", "heldout3"], ["heldout3"]),
    ]:
        built.clear()
        assert cs.main(given) == 0
        assert built == want


def test_heldout3_is_in_no_default_run_and_reports_beside_the_defaults() -> None:
    from bench.vad import cpu, groups, round2

    assert "heldout3" not in groups.GROUPS and groups.ON_REQUEST_GROUPS["heldout3"]
    base = Path("results") / "round2"
    assert cs.results_dir(base, ["tune", "heldout", "heldout2"]) == base
    assert cs.results_dir(base, ["heldout3"]) == Path("results") / "round2_heldout3"
    assert round2.OUT.name == "round2" and cpu.OUT.name == "cpu"


@pytest.mark.parametrize("main", ["round2", "cpu"])
def test_an_unbuilt_heldout3_says_how_to_build_it(
    main: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import importlib

    monkeypatch.setattr(cs, "CACHE", tmp_path)  # nothing built there
    tool = importlib.import_module(f"bench.vad.{main}")
    assert tool.main(["--splits", "heldout3"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        "error: corpus not built for heldout3: run "
        "`.venv/bin/python -m bench.vad.corpus_split --split heldout3` first"
    )
    assert "--split all` and `" in (cs.unbuilt_error(["heldout2", "heldout3"]) or "")


def test_megaglest_lines_are_the_spoken_answers_only() -> None:
    spoken = ["archer_ack1", "ack5", "princess_select12", "stickfighter_select1", "select3"]
    other = ["archer_attack1", "indiattack2", "warrior_die3", "hit", "knife1", "shaman_build2"]
    assert all(cs.MEGAGLEST_LINE.fullmatch(s) for s in spoken)
    assert not any(cs.MEGAGLEST_LINE.fullmatch(s) for s in other)


def _write(path: Path, seconds: float, rate: int = 22050, lead: float = 0.3) -> None:
    """A recording: ``lead`` s of faint hiss, a ``seconds`` s tone, the hiss again."""
    rng = np.random.default_rng(len(path.name))
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * 220 * t)
    pad = np.zeros(int(lead * rate))
    x = np.concatenate([pad, tone, pad])
    x += 0.3 * 10 ** (-38 / 20) * rng.standard_normal(len(x))
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, x.astype(np.float32), rate)


def test_heldout3_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    tp = tmp_path / "tuxpaint-stamps-default"
    stamps = tp / "usr/share/tuxpaint/stamps"
    for lang in (*cs.TUXPAINT_CALLERS, *cs.TUXPAINT_TALKERS, "fr"):
        _write(stamps / "animals" / f"cat_desc_{lang}.ogg", 1.5)
        _write(stamps / "food/fruit" / f"apple_desc_{lang}.ogg", 0.5)  # too short for a caller
        _write(stamps / "food/fruit" / f"pear_desc_{lang}.ogg", 5.0)  # too long for a caller
    _write(stamps / "animals" / "cat.ogg", 1.0)  # the stamp's sound effect, not its description
    mg = tmp_path / "megaglest-data"
    game = mg / cs.MEGAGLEST
    for unit in cs.MEGAGLEST_TALKERS:
        faction, name = unit.split("/")
        sounds = game / "techs/megapack/factions" / faction / "units" / name / "sounds"
        _write(sounds / f"{name}_ack1.wav", 0.8)
        _write(sounds / f"{name}_select1.wav", 0.6)
        _write(sounds / f"{name}_attack1.wav", 0.8)  # a battle cry: left out
        _write(sounds / f"{name}_ack2.wav", 0.2)  # a blip: left out
    _write(game / "techs/megapack/factions/norsemen/music/theme.ogg", 3.0)
    _write(game / "data/core/menu/music/menu_music.ogg", 2.0)

    src = cs.load_split_sources({"tuxpaint-stamps-default": tp, "megaglest-data": mg}, "heldout3")
    assert sorted(src.callers) == sorted(f"{lang}_tuxpaint" for lang in cs.TUXPAINT_CALLERS)
    for clips in src.callers.values():
        # only the 1.5 s description, cut to the tone (the hiss around it is not labelled)
        (clip,) = clips
        assert len(clip) == pytest.approx(1.5 * 8000, abs=160)
    assert len(src.talkers) == len(cs.TUXPAINT_TALKERS) + len(cs.MEGAGLEST_TALKERS)
    assert len(src.talkers["tuxpaint_ro"]) == 3  # background: 0.4–8 s, trimmed
    assert all(
        len(src.talkers[f"megaglest_{u.replace('/', '_')}"]) == 2 for u in cs.MEGAGLEST_TALKERS
    )
    assert len(src.music) == 2
    # a turn of these clips is labelled whole
    call, track, info = cs.plan_call(0, src, cs.SEEDS["heldout3"], cs.SPANS["heldout3"])
    assert call.turns and info["caller"] in src.callers
    for turn in call.turns:
        assert 0.8 <= turn.offset - turn.onset <= 2 * 1.5 + 0.35 + 0.01
        assert not track[: int(call.turns[0].onset * 8000)].any()
