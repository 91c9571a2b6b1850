"""Which reply and which voice a sentence is transformed for (pure).

A pipecat text transform sees one sentence, ``(text, text_type) -> text``, and nothing of the
reply it belongs to nor of the voice that will say it. The pack's TTS service runs its
transforms inside :func:`speaking_sentence`, so a transform that needs them reads
:func:`current_sentence`: the number normalizer in ``"auto"`` mode reads a sentence with no
letters (``"₹12,500"`` on a line of its own) in the language of the reply's previous sentence,
or, for a reply's first sentence, in the voice's language. Under any other TTS service
:func:`current_sentence` is None.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

__all__ = ["SpokenSentence", "current_sentence", "speaking_sentence"]


@dataclass(frozen=True)
class SpokenSentence:
    """``reply_id``: the reply (the TTS's turn context) the sentence belongs to, None when the
    sentence belongs to none; ``language``: the voice's language (``"mr-IN"``)."""

    reply_id: str | None
    language: str | None


_CURRENT: ContextVar[SpokenSentence | None] = ContextVar("spoken_sentence", default=None)


def current_sentence() -> SpokenSentence | None:
    """The sentence being transformed, as the TTS service said; None outside one."""
    return _CURRENT.get()


@contextlib.contextmanager
def speaking_sentence(sentence: SpokenSentence) -> Iterator[None]:
    """Run the text transforms of one sentence with ``sentence`` as :func:`current_sentence`."""
    token = _CURRENT.set(sentence)
    try:
        yield
    finally:
        _CURRENT.reset(token)
