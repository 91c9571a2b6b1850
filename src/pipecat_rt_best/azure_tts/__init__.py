"""Practice 4: the realtime model's text spoken sentence by sentence by Azure voices.

* :mod:`.sentence_splitter` (pure) — text deltas in, speakable chunks out.
* :mod:`.ssml` (pure) — the SSML document for a sentence, with a pronunciation lexicon
  (and, mapped, which text character each SSML character spells).
* :mod:`.spoken_map` (pure) — which written words each spoken word was said for (after
  text transforms), so a barge-in leaves the model the heard part of what it wrote.
* :mod:`.env` (pure) — where the service is and how to authenticate (``AZURE_SPEECH_*``).
* :mod:`.service` (pipecat) — :class:`AzureSpeechTTSService`, the ``TTSService``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.azure_tts.env import (
        DEFAULT_VOICE as DEFAULT_VOICE,
        AzureSpeechConfig as AzureSpeechConfig,
        AzureSpeechConfigError as AzureSpeechConfigError,
    )
    from pipecat_rt_best.azure_tts.sentence_splitter import (
        SentenceSplitter as SentenceSplitter,
        split_sentences as split_sentences,
    )
    from pipecat_rt_best.azure_tts.service import (
        AzureSpeechTTSService as AzureSpeechTTSService,
        SentenceSplitterAggregator as SentenceSplitterAggregator,
        azure_tts_from_env as azure_tts_from_env,
    )
    from pipecat_rt_best.azure_tts.spoken_map import SpokenMap as SpokenMap
    from pipecat_rt_best.azure_tts.ssml import (
        LexiconEntry as LexiconEntry,
        MappedSsml as MappedSsml,
        VoiceSettings as VoiceSettings,
        build_ssml as build_ssml,
        build_ssml_mapped as build_ssml_mapped,
        escape_text as escape_text,
        lexicon_entries as lexicon_entries,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
