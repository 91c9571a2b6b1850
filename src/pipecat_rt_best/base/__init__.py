"""The base layer every practice builds on; it imports no practice.

* :mod:`.audio_format` (pure) — the GA Realtime audio formats and the one bytes-per-ms rule.
* :mod:`.g711` (pure, numpy) — bit-exact μ-law / A-law table codecs (no ``audioop``).
* :mod:`.word_timing` (pure) — word timings of spoken text and which words a caller heard.
* :mod:`.loguru_env` (pure) — ``LOGURU_*`` variables made safe before loguru loads (an empty
  one is unset; a value loguru would refuse is one line).
* :mod:`.broken_pipe` (pure) — stdout's reader gone (``| head``): a quiet end, not a traceback.
* :mod:`.env_file` (pure) — ``.env`` read by the commands and sample bots before their checks.
* :mod:`.xml_text` (pure) — the characters XML forbids, dropped before any SSML is written.
* :mod:`.whole_words` (pure) — where a lexicon term is a whole word (Indic vowel signs
  included), for both SSML writers.
* :mod:`.pipecat_names` (pure) — the installed pipecat-ai's version, and which pipecat names a
  code path needs are missing from it (checked at construction, not mid-call).
* :mod:`.transform_factory` (pure) — a text-transform factory passed uncalled, refused
  where a TTS service is built.
* :mod:`.usage` (pure) — a call's billed usage summed: the model's tokens by kind (text,
  audio, cached; in and out) and a TTS's characters, counts only;
  :mod:`.usage_observer` (pipecat) adds pipecat's usage reports to it.
* :mod:`.frames` (pipecat) — the pack's frames: G.711 audio straight through, playout
  progress and confirmations, the spoken-text report of an interrupted text reply, an
  error its processor recovers from by itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.base.audio_format import (
        PCM24 as PCM24,
        PCMA as PCMA,
        PCMU as PCMU,
        RealtimeAudioFormat as RealtimeAudioFormat,
        format_from_type as format_from_type,
        format_of as format_of,
    )
    from pipecat_rt_best.base.frames import (
        G711InputAudioFrame as G711InputAudioFrame,
        G711TTSAudioFrame as G711TTSAudioFrame,
        PlayoutConfirmedFrame as PlayoutConfirmedFrame,
        PlayoutProgressFrame as PlayoutProgressFrame,
        PlayoutSegmentFrame as PlayoutSegmentFrame,
        RecoverableErrorFrame as RecoverableErrorFrame,
        SpokenTextHeardFrame as SpokenTextHeardFrame,
        is_bot_speech_audio as is_bot_speech_audio,
    )
    from pipecat_rt_best.base.g711 import G711Law as G711Law
    from pipecat_rt_best.base.word_timing import WordTiming as WordTiming, heard_text as heard_text

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
