"""Pure cores of the call guard: deadlines, stream tokens, per-IP limits, the fallback prompt."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from pipecat_rt_best.g711_passthrough.call_deadlines import (
    CallDeadlines,
    DeadlineConfig,
    EndReason,
)
from pipecat_rt_best.g711_passthrough.fallback import load_prompt_wav, sit_tone_pcm
from pipecat_rt_best.g711_passthrough.stream_token import RateLimiter, StreamTokens

CFG = DeadlineConfig(bot_timeout_s=5, media_timeout_s=3, caller_silence_timeout_s=30)


def test_the_greeting_is_owed_from_the_start() -> None:
    d = CallDeadlines(CFG, now=0)
    for t in range(0, 5):
        d.on_media(t)
        assert d.check(t) is None
    d.on_media(5)
    assert d.check(5) is EndReason.BOT_SILENT and EndReason.BOT_SILENT.plays_fallback


def test_a_bot_that_waits_for_the_caller_owes_no_greeting() -> None:
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=5, greeting_owed=False), now=0)
    d.on_media(20)
    assert d.check(20) is None
    d.on_user_started(21)
    d.on_user_stopped(22)
    d.on_media(27)
    assert d.check(27) is EndReason.BOT_SILENT


def test_an_answer_is_owed_after_the_caller_stops() -> None:
    d = CallDeadlines(CFG, now=0)
    d.on_bot_started(1)
    d.on_bot_stopped(2)
    d.on_user_started(3)
    for t in range(3, 20):  # the caller talks for long: the bot owes nothing meanwhile
        d.on_media(t)
        assert d.check(t) is None
    d.on_user_stopped(20)
    d.on_media(24)
    assert d.check(24) is None
    d.on_media(25)
    assert d.check(25) is EndReason.BOT_SILENT
    d.on_bot_audio(25)
    assert d.check(25) is None


def test_a_caller_saying_hello_into_dead_air_does_not_hide_a_mute_bot() -> None:
    # the model never sends a byte; the caller says "hello?" (0.8 s) every 3.5 s: each turn
    # used to restart the bot's 8 s, so the call stayed silent until the caller gave up
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=8, caller_silence_timeout_s=60), now=0)
    t, ended = 2.5, None
    while t < 40 and ended is None:
        d.on_user_started(t)
        d.on_media(t + 0.8)
        d.on_user_stopped(t + 0.8)
        for tick in (t + 0.8, t + 2.0, t + 3.5):
            d.on_media(tick)
            ended = ended or (d.check(tick) and tick)
        t += 3.5
    # each turn gives the bot 8 s afresh, but its debt in the caller's pauses (2.5 s, then
    # 2.7 s a turn) reaches DEAD_AIR_FACTOR x 8 s = 24 s after eight turns
    assert ended == 30.5 and d.check(30.5) is EndReason.BOT_SILENT
    assert "no bot audio in 24.1 s of the caller's pauses since it owed the greeting" in d.detail
    assert "(30.5 s, the caller speaking the rest)" in d.detail


def test_a_caller_talking_in_stretches_to_a_slow_model_is_not_hung_up_on() -> None:
    # a review's case: the caller explains in 4 s stretches with 1.5 s pauses, and the model
    # would answer 2 s after a stop, so the caller always resumes first; the pauses alone
    # used to count, and hung the caller up at 36 s
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=8), now=0)
    d.on_bot_started(0.5)
    d.on_bot_stopped(3.5)
    t = 4.0
    for _turn in range(12):
        d.on_user_started(t)
        t += 4.0
        d.on_user_stopped(t)
        for k in range(1, 16):
            d.on_media(t + k / 10)
            assert d.check(t + k / 10) is None, (t + k / 10, d.detail)
        t += 1.5
    assert d.owed_for(t) == pytest.approx(18.0)  # twelve pauses of 1.5 s: under 24
    d.on_media(t + 5.9)  # the caller stops for good; 8 s after the last turn would be
    assert d.check(t + 5.9) is None  # at t + 6.5, but the pauses' 24 s come first
    d.on_media(t + 6.1)
    assert d.check(t + 6.1) is EndReason.BOT_SILENT and "of the caller's pauses" in d.detail


def test_the_caller_speaking_pauses_an_answer_owed_and_bot_audio_pays_it() -> None:
    d = CallDeadlines(CFG, now=0)
    d.on_bot_audio(0.5)
    d.on_user_stopped(1)  # owes an answer from 1
    d.on_user_started(4)  # the caller goes on, for 10 s: not the bot's fault
    for t in range(4, 14):
        d.on_media(t)
        assert d.check(t) is None and d.owed_for(t) == 3
    d.on_user_stopped(14)  # the turn gives the bot 5 s to answer it
    d.on_media(18)
    assert d.check(18) is None and d.owed_for(18) == 7
    d.on_media(19)
    assert d.check(19) is EndReason.BOT_SILENT and "owed an answer" in d.detail
    d.on_bot_audio(19)  # only bot audio clears the debt
    assert d.check(19) is None and d.owed_for(19) == 0


def test_a_bot_failure_ends_the_call_at_once_with_its_reason() -> None:
    d = CallDeadlines(CFG, now=0)
    d.on_bot_failure("authentication error in RealtimeLLMService#0")
    d.on_bot_failure("later")
    assert d.check(0.1) is EndReason.BOT_FAILED and d.detail.startswith("authentication")


def test_a_quiet_stream_and_a_silent_call_end_without_the_fallback() -> None:
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=None, media_timeout_s=3), now=0)
    assert d.check(2.9) is None and d.check(3) is EndReason.STREAM_QUIET
    assert not EndReason.STREAM_QUIET.plays_fallback
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=None, caller_silence_timeout_s=10), now=0)
    d.on_bot_started(1)
    for t in range(1, 30):  # a long bot turn is not silence
        d.on_media(t)
        assert d.check(t) is None
    d.on_bot_stopped(30)
    d.on_media(40)
    assert d.check(40) is EndReason.CALLER_SILENT and not EndReason.CALLER_SILENT.plays_fallback
    with pytest.raises(ValueError):
        DeadlineConfig(media_timeout_s=0)


def test_a_caller_pressing_keys_is_not_silent() -> None:
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=None, caller_silence_timeout_s=10), now=0)
    d.on_bot_started(1)
    d.on_bot_stopped(2)
    for t in range(2, 40, 5):  # a key every 5 s, not a word: the caller is on the line
        d.on_caller_input(t)
        d.on_media(t + 1)
        assert d.check(t + 1) is None
    d.on_media(47)
    assert d.check(47) is EndReason.CALLER_SILENT  # 10 s after the last key
    assert "pressed a key" in d.detail


def test_a_key_owes_no_answer() -> None:
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=5, greeting_owed=False), now=0)
    d.on_caller_input(1)
    d.on_media(20)
    assert d.check(20) is None


def test_stream_tokens_are_signed_single_use_short_lived_and_per_provider() -> None:
    tokens = StreamTokens(secret=b"s" * 32, ttl_s=60)
    good = tokens.issue("twilio", now=1000)
    assert tokens.redeem(good, "telnyx", 1001) == "stream token issued for another provider"
    assert tokens.redeem(good, "twilio", 1001) is None
    assert tokens.redeem(good, "twilio", 1002) == "stream token already used"
    late = tokens.issue("twilio", now=1000)
    assert tokens.redeem(late, "twilio", 1062) == "expired stream token"
    provider, expiry, nonce, mac = tokens.issue("twilio", now=1000).split(".")
    forged = f"{provider}.{int(expiry) + 3600}.{nonce}.{mac}"  # a longer life, same mac
    bad = "bad stream token signature, or a token for another call"
    assert tokens.redeem(forged, "twilio", 1001) == bad
    other = StreamTokens(secret=b"t" * 32).issue("twilio", now=1000)
    assert tokens.redeem(other, "twilio", 1001) == bad
    assert tokens.redeem(None, "twilio", 1001) == "no stream token"
    assert tokens.redeem("x.y", "twilio", 1001) == "malformed stream token"
    assert "s" * 32 not in repr(tokens)


def test_a_token_for_a_call_is_good_only_for_that_call() -> None:
    # replaying one signed webhook must not yield streams for other calls
    tokens = StreamTokens(secret=b"s" * 32, ttl_s=60)
    bound = tokens.issue("twilio", now=1000, call_id="CA1")
    assert tokens.redeem(bound, "twilio", 1001, "CA2") is not None
    assert tokens.redeem(bound, "twilio", 1001, None) is not None
    assert tokens.redeem(bound, "twilio", 1001, "CA1") is None
    # a replayed signed webhook mints another token for the same call: no second stream
    again = tokens.issue("twilio", now=1000, call_id="CA1")
    assert "already taken" in (tokens.redeem(again, "twilio", 1002, "CA1") or "")
    # ... also once the first tokens expired (replayed 62 s later gave a second stream),
    later = tokens.issue("twilio", now=1062, call_id="CA1")
    assert "already taken" in (tokens.redeem(later, "twilio", 1063, "CA1") or "")
    # for as long as a call lasts (24 h); then the call id is forgotten
    late = 1001 + 24 * 3600 + 2
    assert "already taken" in (
        tokens.redeem(
            tokens.issue("twilio", now=late - 4, call_id="CA1"), "twilio", late - 3, "CA1"
        )
        or ""
    )
    assert (
        tokens.redeem(tokens.issue("twilio", now=late, call_id="CA1"), "twilio", late, "CA1")
        is None
    )
    with pytest.raises(ValueError, match="call_memory_s"):
        StreamTokens(call_memory_s=0)
    with pytest.raises(ValueError, match="streams_per_call"):
        StreamTokens(streams_per_call=0)


def test_a_call_flow_that_comes_back_to_the_bot_gets_its_streams_and_no_more() -> None:
    # a <Redirect> back to the bot after a transfer attempt: a new signed webhook and a new
    # stream for the same CallSid, refused for 24 h with one stream per call
    tokens = StreamTokens(secret=b"s" * 32, ttl_s=60, streams_per_call=2)
    first = tokens.issue("twilio", now=1000, call_id="CA1")
    assert tokens.redeem(first, "twilio", 1001, "CA1") is None
    back = tokens.issue("twilio", now=1300, call_id="CA1")  # five minutes later
    assert tokens.redeem(back, "twilio", 1301, "CA1") is None
    third = tokens.issue("twilio", now=1400, call_id="CA1")
    refused = tokens.redeem(third, "twilio", 1401, "CA1") or ""
    assert "2 streams for this call already taken" in refused and "streams_per_call" in refused
    other = tokens.issue("twilio", now=1400, call_id="CA2")  # another call is counted apart
    assert tokens.redeem(other, "twilio", 1401, "CA2") is None
    late = 1301 + 24 * 3600 + 2  # the call forgotten: its count too
    assert (
        tokens.redeem(tokens.issue("twilio", now=late, call_id="CA1"), "twilio", late, "CA1")
        is None
    )
    loose = tokens.issue("telnyx", now=1000)  # an unsigned webhook knows no call
    assert tokens.redeem(loose, "telnyx", 1001, "v3:abc") is None


@pytest.mark.parametrize("token", ["é.1.2.3", "twilio.1.2.\u00e9", "twilio.1.2.\udcff"])
def test_a_non_ascii_token_is_malformed_not_a_crash(token: str) -> None:
    tokens = StreamTokens(secret=b"s" * 32)
    assert tokens.redeem(token, "twilio", 1001) == "malformed stream token"


def test_rate_limiter_slides_per_address() -> None:
    limit = RateLimiter(per_minute=2)
    assert limit.allow("a", 0) and limit.allow("a", 1) and not limit.allow("a", 2)
    assert limit.allow("b", 2)  # another address
    assert limit.allow("a", 60.5)  # the first one left the window


def test_rate_limiter_says_whether_an_address_is_full_without_counting() -> None:
    limit = RateLimiter(per_minute=2)
    assert not limit.full("a", 0)
    limit.allow("a", 0)
    assert not limit.full("a", 1) and not limit.full("a", 1)  # asking counts nothing
    limit.allow("a", 1)
    assert limit.full("a", 2) and not limit.full("b", 2)
    assert not limit.full("a", 60.5)  # the first one left the window


def test_rate_limiter_counts_an_ipv6_caller_by_its_64_network() -> None:
    # WRONG: each IPv6 address was its own key, and a host is handed a whole /64: one caller
    # rotating through its 2^64 addresses opened streams without limit.
    # EXPECTED: one /64 is one address (as an IPv4 host is); another /64 is another
    limit = RateLimiter(per_minute=2)
    assert limit.allow("2001:db8:1:2::1", 0) and limit.allow("2001:db8:1:2:ffff::9", 1)
    assert not limit.allow("2001:db8:1:2:abcd:ef01:2345:6789", 2)
    assert limit.full("2001:DB8:1:2::77", 2)  # any spelling of the same network
    assert limit.allow("2001:db8:1:3::1", 2)  # the next /64
    # an IPv4 caller reaching a dual-stack socket (::ffff:a.b.c.d) is that IPv4 address
    assert limit.allow("::ffff:192.0.2.7", 3) and limit.allow("192.0.2.7", 4)
    assert not limit.allow("::ffff:192.0.2.7", 5) and limit.allow("192.0.2.8", 5)
    assert limit.allow("?", 6)  # no address known (a test client): a key as given


def _write_wav(path: Path, pcm: bytes, rate: int) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm)


def test_the_default_fallback_is_the_three_tone_signal(tmp_path: Path) -> None:
    pcm = sit_tone_pcm()
    assert len(pcm) == 2 * 2 * (274 + 274 + 380 + 300) * 8  # two rounds, 16-bit, 8 kHz
    path = tmp_path / "p.wav"
    _write_wav(path, pcm, 8000)
    assert load_prompt_wav(path) == pcm
    _write_wav(path, pcm, 16000)
    with pytest.raises(ValueError, match="must be 8000 Hz mono 16-bit"):
        load_prompt_wav(path)


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "not a WAV file (too short for a WAV header)"),  # EOFError('') said nothing
        (b"hello", "not a WAV file (too short for a WAV header)"),
        (b"hello, this is a text file, not audio", "not an 8 kHz mono 16-bit PCM WAV file (file"),
    ],
)
def test_a_fallback_that_is_not_a_wav_says_so(tmp_path: Path, content: bytes, says: str) -> None:
    path = tmp_path / "prompt.wav"
    path.write_bytes(content)
    with pytest.raises(ValueError) as info:
        load_prompt_wav(path)
    assert str(info.value).startswith(f"cannot read the fallback prompt {path}: {says}")
    with pytest.raises(ValueError, match="No such file or directory"):
        load_prompt_wav(tmp_path / "missing.wav")


def test_a_bot_still_speaking_after_the_callers_turn_is_not_dead_air() -> None:
    # the diff review's observation: a caller's turn that did not interrupt the bot (a short
    # "hmm") ended while the bot talked on; 8 s later the call ended as bot_silent, the bot
    # still audible
    d = CallDeadlines(DeadlineConfig(bot_timeout_s=8), now=0)
    d.on_bot_started(0.5)
    d.on_user_started(2.0)
    d.on_user_stopped(2.6)
    for t in range(3, 30):  # a 30 s reply
        d.on_media(t)
        assert d.check(t) is None, (t, d.detail)
    d.on_bot_stopped(30)  # the turn's answer is owed from the end of the bot's speech
    d.on_media(37.9)
    assert d.check(37.9) is None
    d.on_media(38.1)
    assert d.check(38.1) is EndReason.BOT_SILENT and "owed an answer" in d.detail
