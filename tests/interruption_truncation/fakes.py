"""Test doubles shared by the service-level truncation tests."""

from __future__ import annotations

from typing import Any

from pipecat.frames.frames import Frame
from pipecat.processors.frame_processor import FrameDirection


class FrameSink:
    """Stands in for the processor after the service (``svc._next``): keeps what it gets."""

    def __init__(self) -> None:
        self.frames: list[Frame] = []

    async def queue_frame(self, frame: Frame, direction: FrameDirection, *args: Any) -> None:
        self.frames.append(frame)
