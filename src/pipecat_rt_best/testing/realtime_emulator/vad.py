"""A small energy detector standing in for the server's ``server_vad``.

Pure logic: numpy only. It is *not* a model of OpenAI's VAD; it only honours the
session's knobs roughly so turn-taking code can be exercised offline:

- a 10 ms frame is "speech" when its RMS (full scale = 1.0) is at least
  ``threshold * VAD_REFERENCE_RMS`` (``threshold`` 0.5 → RMS 0.05, about -26 dBFS);
- speech starts after ``MIN_SPEECH_MS`` of consecutive speech frames, and is reported
  at the first of them;
- speech stops once ``silence_duration_ms`` of consecutive non-speech frames followed
  it, and is reported at the end of that silence (as the real server does: its
  ``audio_end_ms`` includes the silence duration);
- ``prefix_padding_ms`` is applied by the caller when cutting the committed turn.

Times are milliseconds since the first audio fed to the detector.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np
import numpy.typing as npt

VAD_REFERENCE_RMS = 0.1
"""RMS level (full scale 1.0) that maps to threshold 1.0."""

FRAME_MS = 10
MIN_SPEECH_MS = 30


@dataclass(frozen=True)
class VadEvent:
    kind: Literal["start", "stop"]
    ms: int


class EnergyVad:
    """Streaming energy-based speech start/stop detector over int16 samples."""

    def __init__(
        self,
        rate: int,
        *,
        threshold: float = 0.5,
        silence_duration_ms: int = 500,
        start_ms: int = 0,
    ) -> None:
        self.rate = rate
        self.threshold = float(threshold)
        self.silence_duration_ms = int(silence_duration_ms)
        self.position_ms = start_ms  # end of the last complete frame processed
        self.speaking = False
        self._frame = rate * FRAME_MS // 1000
        self._pending = np.zeros(0, dtype=np.int16)
        self._run_start: int | None = None  # first ms of the current run of speech frames
        self._silence_ms = 0

    def reset(self) -> None:
        """Forget any speech in progress (e.g. after a manual commit or clear)."""
        self.speaking = False
        self._run_start = None
        self._silence_ms = 0

    def is_speech(self, frame: npt.NDArray[np.int16]) -> bool:
        rms = float(np.sqrt(np.mean((frame.astype(np.float64) / 32768.0) ** 2)))
        return rms >= self.threshold * VAD_REFERENCE_RMS

    def feed(self, samples: npt.NDArray[np.int16]) -> list[VadEvent]:
        data = np.concatenate([self._pending, samples]) if len(self._pending) else samples
        events: list[VadEvent] = []
        n_frames = len(data) // self._frame
        for i in range(n_frames):
            frame = data[i * self._frame : (i + 1) * self._frame]
            frame_start = self.position_ms
            self.position_ms += FRAME_MS
            speech = self.is_speech(frame)
            if not self.speaking:
                if speech:
                    if self._run_start is None:
                        self._run_start = frame_start
                    if self.position_ms - self._run_start >= MIN_SPEECH_MS:
                        self.speaking = True
                        self._silence_ms = 0
                        events.append(VadEvent("start", self._run_start))
                else:
                    self._run_start = None
            elif speech:
                self._silence_ms = 0
            else:
                self._silence_ms += FRAME_MS
                if self._silence_ms >= self.silence_duration_ms:
                    self.speaking = False
                    self._run_start = None
                    self._silence_ms = 0
                    events.append(VadEvent("stop", self.position_ms))
        self._pending = data[n_frames * self._frame :].copy()
        return events
