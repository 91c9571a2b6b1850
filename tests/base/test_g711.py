"""Bit-exactness of the G.711 codecs against the reference (CPython's audioop on 3.11/3.12,
or the audioop-lts backport), over all 256 codes and all 65,536 PCM16 values — for both
backends: the tables (what runs without audioop) and audioop itself (the default where
it imports; there the check pins the dispatch, the tables are what is really tested)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import numpy as np
import pytest

from pipecat_rt_best.base import g711

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    audioop = pytest.importorskip("audioop")

ALL_PCM = np.arange(-32768, 32768, dtype="<i2").tobytes()
ALL_CODES = bytes(range(256))


@pytest.fixture(params=["tables", "audioop"])
def backend(request: pytest.FixtureRequest) -> Iterator[str]:
    before = g711.get_backend()
    g711.set_backend(request.param)
    try:
        yield request.param
    finally:
        g711.set_backend(before)


def test_ulaw_encode_all_pcm_values_match_reference(backend: str) -> None:
    assert g711.ulaw_encode(ALL_PCM) == audioop.lin2ulaw(ALL_PCM, 2)


def test_alaw_encode_all_pcm_values_match_reference(backend: str) -> None:
    assert g711.alaw_encode(ALL_PCM) == audioop.lin2alaw(ALL_PCM, 2)


def test_ulaw_decode_all_codes_match_reference(backend: str) -> None:
    assert g711.decode_to_bytes(ALL_CODES, "ulaw") == audioop.ulaw2lin(ALL_CODES, 2)


def test_alaw_decode_all_codes_match_reference(backend: str) -> None:
    assert g711.decode_to_bytes(ALL_CODES, "alaw") == audioop.alaw2lin(ALL_CODES, 2)


def test_alaw_round_trip_is_identity_on_all_codes(backend: str) -> None:
    assert g711.alaw_encode(g711.alaw_decode(ALL_CODES)) == ALL_CODES


def test_ulaw_round_trip_identity_except_negative_zero(backend: str) -> None:
    round_trip = g711.ulaw_encode(g711.ulaw_decode(ALL_CODES))
    differing = [c for c in range(256) if round_trip[c] != c]
    assert differing == [0x7F]  # -0 comes back as +0 (0xFF)


def test_int16_array_input_equals_bytes_input(backend: str) -> None:
    samples = np.array([0, 1, -1, 1000, -32768, 32767], dtype=np.int16)
    assert g711.ulaw_encode(samples) == g711.ulaw_encode(samples.tobytes())
    strided = np.arange(-32768, 32768, 7, dtype=np.int16)[::2]  # not contiguous
    assert g711.alaw_encode(strided) == audioop.lin2alaw(strided.tobytes(), 2)


def test_odd_length_pcm_is_a_clear_error(backend: str) -> None:
    with pytest.raises(ValueError, match="even number of bytes"):
        g711.ulaw_encode(b"\x00\x01\x02")


def test_wrong_dtype_is_a_clear_error(backend: str) -> None:
    with pytest.raises(TypeError, match="int16"):
        g711.alaw_encode(np.zeros(4, dtype=np.float32))  # type: ignore[arg-type]


def test_unknown_law_is_a_clear_error(backend: str) -> None:
    with pytest.raises(ValueError, match=r"unknown G\.711 law"):
        g711.encode(b"\x00\x00", "xlaw")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"unknown G\.711 law"):
        g711.decode_to_bytes(b"\x00", "xlaw")  # type: ignore[arg-type]


def test_empty_input(backend: str) -> None:
    assert g711.ulaw_encode(b"") == b""
    assert g711.alaw_decode(b"").size == 0


# -- decode_to_bytes picks bytes.translate (small) or numpy (large): both bit-exact ----------


@pytest.mark.parametrize("law", ["ulaw", "alaw"])
def test_small_and_large_decode_paths_match_reference_on_all_codes(law: str) -> None:
    reference = audioop.ulaw2lin if law == "ulaw" else audioop.alaw2lin
    rng = np.random.default_rng(5)
    limit = g711.TRANSLATE_MAX_BYTES
    # every code at both sizes, then random data just below / at / above the switch
    small = ALL_CODES * (limit // 256)
    large = ALL_CODES * (limit // 256 + 1)
    assert len(small) <= limit < len(large)
    cases = [small, large, b"\x7f", b"\xff"] + [
        rng.integers(0, 256, n, dtype=np.uint8).tobytes() for n in (1, 159, 160, limit, limit + 1)
    ]
    for data in cases:
        expected = reference(data, 2)
        assert g711.decode_to_bytes_tables(data, law) == expected  # type: ignore[arg-type]
        assert g711.decode_to_bytes_numpy(data, law) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("wrap", [bytes, bytearray, memoryview])
def test_decode_to_bytes_accepts_buffer_types(wrap: type, backend: str) -> None:
    for data in (ALL_CODES, ALL_CODES * 8):  # translate path and numpy path (tables)
        out = g711.decode_to_bytes(wrap(data), "ulaw")
        assert type(out) is bytes and out == audioop.ulaw2lin(data, 2)
        assert g711.encode(wrap(out), "ulaw") == audioop.lin2ulaw(out, 2)


def test_decode_to_bytes_unknown_law_is_a_clear_error(backend: str) -> None:
    with pytest.raises(ValueError, match=r"unknown G\.711 law"):
        g711.decode_to_bytes(b"\x00", "xlaw")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"unknown G\.711 law"):
        g711.decode_to_bytes_tables(b"\x00", "xlaw")  # type: ignore[arg-type]
    assert g711.decode_to_bytes(b"", "alaw") == b""


def test_backend_selection() -> None:
    # pipecat requires audioop (stdlib, or audioop-lts on >= 3.13): the default where it imports
    before = g711.get_backend()
    assert before == ("audioop" if g711.audioop_available() else "tables")
    try:
        g711.set_backend("tables")
        assert g711.get_backend() == "tables"
        with pytest.raises(ValueError, match=r"unknown G\.711 backend"):
            g711.set_backend("c")  # type: ignore[arg-type]
    finally:
        g711.set_backend(before)
