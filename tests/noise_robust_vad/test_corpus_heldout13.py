"""bench.vad.corpus_split's ``heldout13``: Tux Paint's stamp descriptions and ktuberling's words in
languages no other split reads (other readers of heldout3's and heldout2's packages), and
HyperRogue's music. No corpus and no download needed: the loader runs on a small tree of synthetic
recordings laid out as the packages are."""

from __future__ import annotations

from pathlib import Path

from bench.vad import corpus_split as cs
from bench.vad.corpus import DEBS
from tests.noise_robust_vad.test_corpus_splits import _write as write_recording


def test_heldout13_pins_its_music_and_reads_other_readers_of_shared_packages() -> None:
    pkgs = cs.SPLIT_PACKAGES["heldout13"]
    assert set(pkgs) == {"hyperrogue-music"}
    others = {p for s in cs.BUILDABLE_SPLITS if s != "heldout13" for p in cs.SPLIT_PACKAGES[s]}
    assert not set(pkgs) & (others | set(DEBS))
    version, sha = cs.EXTRA_DEBS["hyperrogue-music"]
    assert version and len(sha) == 64
    assert "heldout13" not in cs.SHARED_PACKAGES
    # its voices are in packages heldout3 and heldout2 pinned, fetched by their pins
    shared = cs.SHARED_SPEECH_PACKAGES["heldout13"]
    assert set(shared) == {"tuxpaint-stamps-default", "ktuberling-data"}
    assert "tuxpaint-stamps-default" in cs.SPLIT_PACKAGES["heldout3"]
    assert "ktuberling-data" in cs.SPLIT_PACKAGES["heldout2"]
    assert set(cs.SHARED_SPEECH_PACKAGES) == {"heldout13"}


def test_heldout13_reads_none_of_the_other_splits_readers() -> None:
    # Tux Paint: no language heldout3 reads; ktuberling: no language heldout2 reads
    tux = {*cs.TUXPAINT13_CALLERS, *cs.TUXPAINT13_TALKERS}
    assert not tux & {*cs.TUXPAINT_CALLERS, *cs.TUXPAINT_TALKERS}
    kt = set(cs.KTUBERLING13_TALKERS)
    assert not kt & {*cs.KTUBERLING_TALKERS, cs.KTUBERLING_CALLER}
    # ... nor KLettres' readers' languages (heldout4), nor the ones the encoder could not tell
    # from another split's voice (Greek, Danish, Lithuanian; ktuberling's Spanish ... Walloon)
    assert not (tux | kt) & {*cs.KLETTRES_CALLERS, *cs.KLETTRES_TALKERS}
    assert not tux & {"el", "da", "lt"}
    assert not kt & {"es", "ga", "it", "nds", "nl", "pt", "sr", "sv", "wa"}
    assert not set(cs.TUXPAINT13_CALLERS) & set(cs.TUXPAINT13_TALKERS)
    # the letters and numbers (other readers) are read in no language; French animals neither
    assert all("symbols" in cs.TUXPAINT13_NOT_STAMPS[lang] for lang in cs.TUXPAINT13_CALLERS)
    assert "animals" in cs.TUXPAINT13_NOT_STAMPS["fr"]
    assert len(cs.TUXPAINT13_CALLERS) >= 3 and len(tux | kt) - len(cs.TUXPAINT13_CALLERS) >= 5


def _write(path: Path, seconds: float, rate: int = 22050) -> None:
    """A recording laid out as the packages hold them (a lower tone than the other splits')."""
    write_recording(path, seconds, rate, f0=140.0, hiss_db=-40.0)


def test_heldout13_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    tp = tmp_path / "tuxpaint-stamps-default"
    stamps = tp / "usr/share/tuxpaint/stamps"
    for lang in (*cs.TUXPAINT13_CALLERS, *cs.TUXPAINT13_TALKERS, "es"):
        _write(stamps / "animals/birds" / f"duck_desc_{lang}.ogg", 1.5)
        _write(stamps / "food/fruit" / f"pear_desc_{lang}.ogg", 2.0)
        _write(stamps / "food/fruit" / f"apple_desc_{lang}.ogg", 0.5)  # too short for a caller
        _write(stamps / "symbols/alphabets" / f"a_desc_{lang}.ogg", 1.0)  # a letter: not read
    _write(stamps / "food/fruit" / "pear.ogg", 1.0)  # the stamp's sound effect
    kt = tmp_path / "ktuberling-data"
    for lang in (*cs.KTUBERLING13_TALKERS, "fr"):
        words = kt / "usr/share/ktuberling/sounds" / lang
        _write(words / "ball.ogg", 0.8)
        _write(words / "hat.ogg", 0.6)
        _write(words / "bow.ogg", 0.2)  # a blip: left out
    music = tmp_path / "hyperrogue-music"
    for track in ("hr3-caves", "hr-savino-ocean"):
        _write(music / cs.HYPERROGUE_MUSIC / f"{track}.ogg", 2.0, rate=8000)

    roots = {"tuxpaint-stamps-default": tp, "ktuberling-data": kt, "hyperrogue-music": music}
    src = cs.load_split_sources(roots, "heldout13")
    assert set(src.callers) == {f"{lang}_tuxpaint13" for lang in cs.TUXPAINT13_CALLERS}
    assert len(src.callers["ca_tuxpaint13"]) == 2  # the duck and the pear, not the apple or "a"
    assert len(src.callers["fr_tuxpaint13"]) == 1  # French animals/ are left out
    for clips in src.callers.values():
        for x in clips:  # cut to the tone: no hiss labelled
            assert abs(len(x) / 8000 - round(len(x) / 8000 * 2) / 2) < 0.02
    want = {f"tuxpaint13_{lang}" for lang in cs.TUXPAINT13_TALKERS}
    want |= {f"ktuberling13_{lang}" for lang in cs.KTUBERLING13_TALKERS}
    assert set(src.talkers) == want
    assert len(src.talkers["tuxpaint13_nl"]) == 3  # background: 0.4–8 s, no letters
    assert all(len(src.talkers[f"ktuberling13_{lang}"]) == 2 for lang in cs.KTUBERLING13_TALKERS)
    assert len(src.music) == 2
    call, track, info = cs.plan_call(0, src, cs.SEEDS["heldout13"], cs.SPANS["heldout13"])
    assert call.turns and info["caller"] in src.callers
    assert not track[: int(call.turns[0].onset * 8000)].any()
