"""Keywords a constructor does not know, refused when they are a near miss of one it does.

pipecat's services take any keyword silently (``FrameProcessor`` and ``BaseObject`` end in
``**kwargs``), so a misspelt keyword — ``ouput="ulaw"`` for ``output=`` — is dropped without a
word and its feature is off. The pack's constructors pass the keywords they do not know
through this check first: a name close to a known one is refused as Python refuses an
unknown keyword, with the suggestion. Pure: no pipecat.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable

__all__ = ["refuse_misspelt_keywords"]


def refuse_misspelt_keywords(given: Iterable[str], known: Collection[str]) -> None:
    """Raise ``TypeError`` for the first of ``given`` that is not in ``known`` but close to
    one of them (a ``difflib`` ratio of 0.8 or more), naming the one it is close to."""
    for name in given:
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
        if close:
            raise TypeError(f"unexpected keyword argument {name!r}; did you mean {close[0]!r}?")
