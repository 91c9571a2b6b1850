"""bench.vad.corpus_split's ``heldout12``: LJ Speech's clips (TTS' test data) and tortoise-tts'
reference voices, one folder a speaker, and Colobot's music. No corpus and no download needed: the
loader runs on a small tree of synthetic recordings laid out as the packages are."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf

from bench.vad import corpus_split as cs
from bench.vad.corpus import DEBS


def test_heldout12_uses_no_other_splits_packages() -> None:
    pkgs = cs.SPLIT_PACKAGES["heldout12"]
    assert set(pkgs) == {"TTS", "tortoise-tts", "colobot-common-sounds"}
    others = {p for s in cs.BUILDABLE_SPLITS if s != "heldout12" for p in cs.SPLIT_PACKAGES[s]}
    assert not set(pkgs) & (others | set(DEBS))
    assert "heldout12" not in cs.SHARED_PACKAGES
    # the two sdists pinned by file and sha256, the music's Debian package by version and sha256
    for name in ("TTS", "tortoise-tts"):
        filename, sha = cs.SDISTS[name]
        assert filename.endswith(".tar.gz") and len(sha) == 64
    version, sha = cs.EXTRA_DEBS["colobot-common-sounds"]
    assert version and len(sha) == 64
    assert ".mp3" in cs._SDIST_AUDIO  # some of tortoise's clips are MP3s
    # every sdist is one split's
    sdist_users = [p for s in cs.BUILDABLE_SPLITS for p in cs.SPLIT_PACKAGES[s] if p in cs.SDISTS]
    assert sorted(sdist_users) == sorted(cs.SDISTS)


def test_heldout12_keeps_callers_and_background_apart() -> None:
    talker_folders = [f for folders in cs.TORTOISE_TALKERS.values() for f in folders]
    assert len(talker_folders) == len(set(talker_folders))  # a folder is one talker's
    used = set(cs.TORTOISE_CALLERS) | set(talker_folders)
    assert not set(cs.TORTOISE_CALLERS) & set(talker_folders)
    # LJ Speech's reader is a caller: tortoise's clips of her are not used at all
    assert not set(cs.TORTOISE_NOT_USED) & used and "lj" in cs.TORTOISE_NOT_USED
    # the two folders the encoder finds one voice, and pat's two, are one talker each
    assert cs.TORTOISE_TALKERS["applejack_rainbow"] == ("applejack", "rainbow")
    assert cs.TORTOISE_TALKERS["pat"] == ("pat", "pat2")
    assert len(cs.TORTOISE_CALLERS) + 1 >= 4 and len(cs.TORTOISE_TALKERS) >= 8


def _write(path: Path, parts: list[float], rate: int = 22050, f0: float = 180.0) -> None:
    """A recording: tones of ``parts`` s, 0.4 s of faint hiss before, between and after them."""
    rng = np.random.default_rng(len(path.name) + len(parts))
    gap = np.zeros(int(0.4 * rate))
    pieces = [gap]
    for seconds in parts:
        t = np.arange(int(seconds * rate)) / rate
        pieces += [0.3 * np.sin(2 * np.pi * f0 * t), gap]
    x = np.concatenate(pieces)
    x += 0.3 * 10 ** (-45 / 20) * rng.standard_normal(len(x))
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, x.astype(np.float32), rate)


def test_heldout12_sources_load_from_the_packages_layout(tmp_path: Path) -> None:
    tts = tmp_path / "TTS-0.0.13.2"
    wavs = tts / cs.LJSPEECH_WAVS
    _write(wavs / "LJ001-0001.wav", [1.2, 2.0])  # cut at its pause: two utterances
    _write(wavs / "LJ001-0002.wav", [0.3])  # a blip: too short for a turn
    _write(wavs / "LJ001-0003.wav", [7.0])  # too long for a turn
    tortoise = tmp_path / "tortoise-tts-3.0.0"
    voices = tortoise / cs.TORTOISE_VOICES
    folders = [*cs.TORTOISE_CALLERS, *cs.TORTOISE_NOT_USED]
    folders += [f for fs in cs.TORTOISE_TALKERS.values() for f in fs]
    for k, folder in enumerate(folders):
        _write(voices / folder / "1.wav", [1.0, 1.5], f0=100 + 10 * k)
    (voices / "freeman" / "notes.txt").write_text("not a clip")
    colobot = tmp_path / "colobot-common-sounds"
    music = colobot / cs.COLOBOT_MUSIC
    for track in ("Constructive", "music002", *cs.COLOBOT_NOT_MUSIC):
        _write(music / f"{track}.ogg", [2.0], rate=8000)

    roots = {"TTS": tts, "tortoise-tts": tortoise, "colobot-common-sounds": colobot}
    src = cs.load_split_sources(roots, "heldout12")
    want = {"en_ljspeech", *(f"en_tortoise_{c}" for c in cs.TORTOISE_CALLERS)}
    assert set(src.callers) == want
    assert set(src.talkers) == {f"tortoise_{t}" for t in cs.TORTOISE_TALKERS}
    assert len(src.callers["en_ljspeech"]) == 2  # no blip, no 7 s clip
    for name in cs.TORTOISE_CALLERS:
        assert len(src.callers[f"en_tortoise_{name}"]) == 2
    assert len(src.talkers["tortoise_pat"]) == 4  # pat's and pat2's clips, two pieces each
    assert len(src.talkers["tortoise_angie"]) == 2
    assert len(src.music) == 2  # not the Intro1 loop
    for clips in src.callers.values():
        for x in clips:  # cut to the speech: no silence left at either end
            assert 0.6 * 8000 <= len(x) <= 6 * 8000 and abs(x[:80]).max() > 0.01
    call, track, info = cs.plan_call(0, src, cs.SEEDS["heldout12"], cs.SPANS["heldout12"])
    assert call.turns and info["caller"] in src.callers
    assert not track[: int(call.turns[0].onset * 8000)].any()


def test_heldout12_leaves_an_unpitched_piece_out(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    rate = 16000
    hiss = 0.2 * rng.standard_normal(int(1.5 * rate))  # a breath or a noise, loud as a word
    t = np.arange(int(1.5 * rate)) / rate
    x = np.concatenate(
        [np.zeros(6400), 0.3 * np.sin(2 * np.pi * 150 * t), np.zeros(6400), hiss, np.zeros(6400)]
    )
    x += 1e-4 * rng.standard_normal(len(x))
    path = tmp_path / "TTS" / cs.LJSPEECH_WAVS / "LJ001-0001.wav"
    path.parent.mkdir(parents=True)
    sf.write(path, x.astype(np.float32), rate)
    tortoise = tmp_path / "tortoise" / cs.TORTOISE_VOICES
    for folder in [*cs.TORTOISE_CALLERS, *(f for fs in cs.TORTOISE_TALKERS.values() for f in fs)]:
        (tortoise / folder).mkdir(parents=True)
    (tmp_path / "colobot" / cs.COLOBOT_MUSIC).mkdir(parents=True)
    roots = {"TTS": tmp_path / "TTS", "tortoise-tts": tmp_path / "tortoise"}
    roots["colobot-common-sounds"] = tmp_path / "colobot"
    src = cs.load_split_sources(roots, "heldout12")
    (kept,) = src.callers["en_ljspeech"]  # the tone, not the hiss
    assert cs.pitched_fraction(kept) > 0.9
    assert src.talkers["tortoise_pat"] == []
