"""bench.vad.corpus_split's ``heldout9``: synthetic voices (bench.vad.tts_voices). No speech
synthesiser is needed: the engine is mocked (CI has no festival), the checks are on the tables,
the scripts the engines would read and the loader's handling of what they return."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from bench.vad import corpus_split as cs, tts_voices as tts
from bench.vad.corpus import DEBS

CALLER_VOICES = [v for readings in tts.CALLERS.values() for v, _ in readings]
TALKER_VOICES = [v for v, _ in tts.TALKERS.values()]


def test_heldout9_uses_no_other_splits_packages_and_no_voice_twice() -> None:
    pkgs = cs.SPLIT_PACKAGES["heldout9"]
    assert set(pkgs) == {*tts.TTS_DEBS, "singularity-music"}
    others = {p for s in cs.BUILDABLE_SPLITS if s != "heldout9" for p in cs.SPLIT_PACKAGES[s]}
    assert not set(pkgs) & (others | set(DEBS))
    assert not set(tts.TTS_DEBS) & {"alsa-utils", "openarena-data"}  # heldout6's
    for voice in CALLER_VOICES + TALKER_VOICES:
        assert voice.package in tts.TTS_DEBS and voice.engine in tts.TTS_DEBS
    # a voice talent is a caller or a background talker, never both: no voice (nor its
    # package, except flite's, which carries several people) is on both sides
    assert not {v.name for v in CALLER_VOICES} & {v.name for v in TALKER_VOICES}
    caller_pkgs = {v.package for v in CALLER_VOICES} - {"libflite1"}
    assert not caller_pkgs & {v.package for v in TALKER_VOICES}
    # flite's kal and slt are festival's KAL and SLT (the same people): neither is used
    flite = {v.name for v in CALLER_VOICES + TALKER_VOICES if v.engine == "flite"}
    assert flite == {"rms", "awb"}
    # the NSK talent (Hindi, Telugu, Marathi: one man) is one caller
    nsk = [name for name, r in tts.CALLERS.items() if any("NSK" in v.name for v, _ in r)]
    assert nsk == ["hi_te_nsk"]
    assert not any("NSK" in v.name for v in TALKER_VOICES)
    # dense babble draws 6–8 talkers: at least 8 distinct voices
    assert len(tts.TALKERS) >= 8 and 3 <= len(tts.CALLERS) <= 4


def _script_of(text: str) -> set[str]:
    """The Unicode scripts of a line's letters (Devanagari, Telugu, Latin, Cyrillic)."""
    return {unicodedata.name(c).split()[0] for c in text if c.isalpha()}


def test_heldout9_text_tables_are_well_formed() -> None:
    assert 60 <= len(tts.ENGLISH_CALLER_LINES) <= 100
    tables = [(v, lines) for r in tts.CALLERS.values() for v, lines in r]
    tables += list(tts.TALKERS.values())
    for voice, lines in tables:
        assert lines and len(set(lines)) == len(lines), voice.name
        for line in lines:
            assert line == line.strip() and "  " not in line and line[-1] in ".?!।"
            assert '"' not in line and "\\" not in line  # festival reads them as a string
            line.encode(voice.encoding)  # the voice's front end reads this encoding
    for line in tts.ENGLISH_CALLER_LINES:  # short caller lines
        assert len(line) <= 50
    for line in tts.HINDI_CALLER_LINES:
        assert _script_of(line) == {"DEVANAGARI"}  # Hinglish written as a Hindi voice reads it
    for line in tts.TELUGU_CALLER_LINES:
        assert _script_of(line) == {"TELUGU"}
    for voice, lines in tts.TALKERS.values():
        assert len(lines) >= 8
        script = {"CYRILLIC"} if voice.encoding == "utf-8" else {"LATIN"}
        assert all(_script_of(line) == script for line in lines), voice.name
    # every background voice reads its own lines
    talker_lines = [line for _, lines in tts.TALKERS.values() for line in lines]
    assert len(talker_lines) == len(set(talker_lines))


def test_the_speaking_rates_are_drawn_from_the_seed_and_a_fixed_rate_voice_reads_at_one() -> None:
    ru = tts.TALKERS["ru_nsh"][0]
    first = tts.stretches(np.random.default_rng([1, 9]), tts.SLT_HTS, 5, (0.9, 1.15))
    assert first == tts.stretches(np.random.default_rng([1, 9]), tts.SLT_HTS, 5, (0.9, 1.15))
    assert all(0.9 <= s <= 1.15 and round(s, 3) == s for s in first)
    rng = np.random.default_rng([1, 9])
    assert tts.stretches(rng, ru, 5, (0.9, 1.15)) == [1.0] * 5
    assert tts.stretches(rng, tts.SLT_HTS, 1, (0.9, 1.15)) != first[:1]  # drawn all the same


def test_a_line_is_cached_by_everything_that_makes_it() -> None:
    key = tts.line_key(tts.KED_DIPHONE, "Yes.", 1.0)
    assert key == tts.line_key(tts.KED_DIPHONE, "Yes.", 1.0) and len(key) == 24
    assert key != tts.line_key(tts.KED_DIPHONE, "Yes.", 1.05)
    assert key != tts.line_key(tts.KED_DIPHONE, "No.", 1.0)
    assert key != tts.line_key(tts.SLT_HTS, "Yes.", 1.0)


def test_festival_scripts_set_the_rate_each_voice_understands(tmp_path: Path) -> None:
    lib = tmp_path / "festival"
    dita = tts.TALKERS["cs_dita"][0]
    script = tts.festival_script(dita, [("Dobrý den.", 1.05, tmp_path / "0.wav")], lib)
    index = lib / "voices/czech/czech_dita/group/dita.group"
    assert script.splitlines()[0] == f'(defvar czech-dita-unisyn-index "{index}")'
    assert "(voice_czech_dita)" in script and "(Parameter.set 'Duration_Stretch 1.050)" in script
    assert f'(utt.synth (Utterance Text "Dobrý den.")) "{tmp_path / "0.wav"}"' in script
    hts = tts.festival_script(tts.SLT_HTS, [("Yes.", 1.25, tmp_path / "1.wav")], lib)
    assert '(list (list "-r" 0.8000))' in hts and "Duration_Stretch" not in hts
    ru = tts.festival_script(tts.TALKERS["ru_nsh"][0], [("Да.", 1.0, tmp_path / "2.wav")], lib)
    assert "Duration_Stretch" not in ru and '"-r"' not in ru
    with pytest.raises(ValueError, match="quote"):
        tts.festival_script(tts.SLT_HTS, [('He said "no".', 1.0, tmp_path / "3.wav")], lib)


def test_a_missing_engine_is_one_actionable_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def lacks_a_library(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        said = (
            f"{cmd[0]}: error while loading shared libraries: libestools.so.2.5: cannot open "
            "shared object file: No such file or directory\n"
        )
        return subprocess.CompletedProcess(cmd, 127, b"", said.encode())

    with pytest.raises(tts.EngineMissing) as e:
        tts.check_engines(tmp_path, run=lacks_a_library)
    assert str(e.value) == (
        "festival does not run here (libestools.so.2.5 not found): "
        "apt-get install -y festival flite"
    )

    def flite_fails(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        code = 0 if cmd[0].endswith("festival") and cmd[1] == "--version" else 1
        return subprocess.CompletedProcess(cmd, code, b"", b"flite: bad voice\n")

    with pytest.raises(tts.EngineMissing, match=r"^flite does not run here \(flite: bad voice\)"):
        tts.check_engines(tmp_path, run=flite_fails)
    tts.check_engines(tmp_path, run=lambda cmd, **kw: subprocess.CompletedProcess(cmd, 0))

    # the build: packages "fetched", no engine in the tree -> one line, exit 2
    monkeypatch.setattr(cs, "CACHE", tmp_path)
    monkeypatch.setattr(cs, "fetch_packages", lambda packages: {k: tmp_path for k in packages})
    monkeypatch.setattr(cs, "fetch_sdists", lambda sdists: {})
    monkeypatch.setattr(tts, "tts_root", lambda roots, root: tmp_path / "empty")
    assert cs.main(["--split", "heldout9"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: festival does not run here (")
    assert err[-1].endswith("): apt-get install -y festival flite")
    assert not (tmp_path / "vad_heldout9").exists()


def test_the_engine_tree_merges_every_package_once(tmp_path: Path) -> None:
    roots = {}
    for pkg in tts.TTS_DEBS:
        root = tmp_path / "src" / pkg
        (root / "usr/share/doc" / pkg).mkdir(parents=True)
        (root / "usr/share/doc" / pkg / "copyright").write_text(pkg)
        (root / ".extracted").write_text("sha")
        roots[pkg] = root
    (roots["festival"] / "usr/bin").mkdir()
    (roots["festival"] / "usr/bin/festival").write_text("binary")
    (roots["festival"] / "usr/bin/text2wave").symlink_to("festival")
    merged = tts.tts_root(roots, tmp_path / "tree")
    assert (merged / "usr/bin/festival").read_text() == "binary"
    assert (merged / "usr/bin/text2wave").is_symlink()
    assert (merged / "usr/share/doc/festvox-ru/copyright").read_text() == "festvox-ru"
    assert not (merged / ".extracted").exists()
    stamp = (merged / ".merged").read_text()
    (merged / "usr/bin/festival").unlink()
    assert tts.tts_root(roots, tmp_path / "tree") == merged  # stamped: not merged again
    assert not (merged / "usr/bin/festival").exists() and (merged / ".merged").read_text() == stamp


def test_heldout9_sources_load_with_a_mocked_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[str, str, float]] = []

    def synthesize(
        root: Path, voice: tts.Voice, texts: tuple[str, ...], rates: list[float], cache: Path
    ) -> list[Path]:
        """A line "read" (once; cached): 0.3 s of silence, a tone as long as the text (0.05 s
        a character, times its rate), the silence again, at 8 kHz."""
        paths = []
        for text, rate in zip(texts, rates, strict=True):
            read.append((voice.name, text, rate))
            path = cache / voice.name / f"{tts.line_key(voice, text, rate)}.wav"
            if not path.exists():
                t = np.arange(int(0.05 * len(text) * rate * 8000)) / 8000
                pad = np.zeros(2400)
                x = np.concatenate([pad, 0.3 * np.sin(2 * np.pi * 150 * t), pad])
                path.parent.mkdir(parents=True, exist_ok=True)
                sf.write(path, x.astype(np.float32), 8000)
            paths.append(path)
        return paths

    monkeypatch.setattr(cs, "CACHE", tmp_path)
    monkeypatch.setattr(tts, "tts_root", lambda roots, root: root)
    monkeypatch.setattr(tts, "check_engines", lambda root: None)
    monkeypatch.setattr(tts, "synthesize", synthesize)
    music = tmp_path / "singularity-music" / cs.SINGULARITY_MUSIC
    for name in ("Awakening.ogg", "Nebula.ogg", "win/Apex Aleph.ogg"):  # the sting: left out
        (music / name).parent.mkdir(parents=True, exist_ok=True)
        t = np.arange(3 * 22050) / 22050
        sf.write(music / name, (0.2 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), 22050)

    src = cs.load_split_sources({"singularity-music": tmp_path / "singularity-music"}, "heldout9")
    assert sorted(src.callers) == sorted(tts.CALLERS)
    assert sorted(src.talkers) == sorted(tts.TALKERS)
    assert len(src.music) == 2
    # every line read once per voice (the English lines by each English caller voice)
    english = [v for v in CALLER_VOICES if v.encoding == "ascii"]
    assert len(read) == sum(len(lines) for r in tts.CALLERS.values() for _, lines in r) + sum(
        len(lines) for _, lines in tts.TALKERS.values()
    )
    assert {name for name, _, _ in read} == {v.name for v in CALLER_VOICES + TALKER_VOICES}
    for voice in english:
        said = [text for name, text, _ in read if name == voice.name]
        assert said == list(tts.ENGLISH_CALLER_LINES)
    for name, _, rate in read:
        span = tts.TALKER_STRETCH if name in {v.name for v in TALKER_VOICES} else None
        lo, hi = span or tts.CALLER_STRETCH
        assert rate == 1.0 if name == "msu_ru_nsh_clunits" else lo <= rate <= hi
    # callers' lines cut to their speech (the tone), 0.6–6 s; background lines 0.4–8 s
    for clips in src.callers.values():
        assert clips and all(0.6 * 8000 <= len(x) <= 6.0 * 8000 for x in clips)
        assert all(abs(x[:80]).max() > 0.05 for x in clips)  # no lead-in silence kept
    for clips in src.talkers.values():
        assert clips and all(0.4 * 8000 <= len(x) <= 8.0 * 8000 for x in clips)
    # the rates come from the split's seed: the same draw again
    first = list(read)
    read.clear()
    cs.load_split_sources({"singularity-music": tmp_path / "singularity-music"}, "heldout9")
    assert read == first
    _first_call_is_labelled_whole(src, "heldout9", 6.0)


def _first_call_is_labelled_whole(src: cs.Sources, split: str, longest_clip_s: float) -> None:
    call, track, info = cs.plan_call(0, src, cs.SEEDS[split], cs.SPANS[split])
    assert call.turns and info["caller"] in src.callers
    for turn in call.turns:
        assert 0.6 <= turn.offset - turn.onset <= 2 * longest_clip_s + 0.35 + 0.01
    assert not track[: int(call.turns[0].onset * 8000)].any()
