"""A pipecat VAD analyzer serves one call: the guard :func:`~.assembly.phone_call` keeps.

Pipecat's analyzers (``SileroVADAnalyzer``, ...) shut their executor thread down in
``cleanup()``, which a call's pipeline runs when the call ends. The same instance given to a
second call logged "cannot schedule new futures after shutdown" for every 20 ms chunk and
never started a turn: a dead call with no clear error. So a call that takes a pipecat
analyzer notes it (:func:`note_vad_serves_a_call`), and a later call given the same one is
refused before anything connects (:func:`refuse_a_served_vad`). The pack's
:class:`~pipecat_rt_best.noise_robust_vad.NoiseRobustVADAnalyzer` makes its thread anew
after ``cleanup()`` and serves call after call — one at a time: an analyzer is one audio
stream, and two calls at once through one (a bot server's single ``vad=``) would reset each
other's learned line and start each other's turns without a word. So one a call was built
around and has not yet ended (its ``serving_a_call``: from that call's assembly, not only from
its pipeline's start a few ms later, when two calls arriving together were both let through)
is refused for another call.
"""

from __future__ import annotations

import weakref

from pipecat.audio.vad.vad_analyzer import VADAnalyzer

from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

__all__ = ["note_vad_serves_a_call", "refuse_a_served_vad"]

_SERVED_A_CALL: weakref.WeakSet[VADAnalyzer] = weakref.WeakSet()
"""pipecat analyzers (not the pack's) a call's pipeline has taken: each serves one call."""


def refuse_a_served_vad(vad: VADAnalyzer | None) -> None:
    """Raise ``ValueError`` if ``vad`` is a pipecat analyzer an earlier call already took, or
    the pack's analyzer while a call that has not ended is using it."""
    if isinstance(vad, NoiseRobustVADAnalyzer) and vad.serving_a_call:
        raise ValueError(
            "this NoiseRobustVADAnalyzer is serving a call that has not ended (a call was "
            "built around it and its pipeline has not cleaned it up): one analyzer is one "
            "audio stream, and two calls at once would share it — pass a new one per call "
            "(vad=NoiseRobustVADAnalyzer(...)); it serves call after call, one at a time"
        )
    if vad is not None and not isinstance(vad, NoiseRobustVADAnalyzer) and vad in _SERVED_A_CALL:
        name = type(vad).__name__
        raise ValueError(
            f"this {name} already served a call, and pipecat's analyzers stop their thread "
            f"when a call ends: pass a new one per call (vad={name}(...)), or the pack's "
            "NoiseRobustVADAnalyzer, which serves call after call"
        )


def note_vad_serves_a_call(vad: VADAnalyzer | None, worker: object) -> None:
    """Note that a call's pipeline (``worker``) took ``vad``: its end will clean a pipecat
    analyzer up; the pack's is that call's from now until then (not from its pipeline's
    start, which comes a few ms later: a second call built meanwhile would share it), or
    until ``worker`` is gone, never run. None, the pack's default, is not noted."""
    if isinstance(vad, NoiseRobustVADAnalyzer):
        vad.take_for_call(worker)
    elif vad is not None:
        _SERVED_A_CALL.add(vad)
