"""Review (session 40, practice 2: interruption-aware truncation): defects found by a helper,
one test each."""

from __future__ import annotations

from loguru import logger
from pipecat.processors.frame_processor import FrameDirection

from pipecat_rt_best.base import PlayoutConfirmedFrame, SpokenTextHeardFrame, WordTiming
from tests.interruption_truncation.test_service import Harness


async def test_a_line_that_never_echoes_its_marks_does_not_delete_every_reply_it_played() -> None:
    # WRONG: a passthrough line confirms playout with mark echoes, so the call's clock counts
    # nothing as heard until an echo says so (the transport's PlayoutConfirmedFrame(0) at the
    # stream's start). A provider (or a gateway in front of it) that never echoes the marks
    # left the clock at 0 for the whole call: every barge-in deleted the model's reply, 6 s
    # of it played, and the model went on as if it had said nothing (repeating itself,
    # re-asking what the caller already answered), without a word in the log.
    # EXPECTED: audio written long enough ago that any far end has played it (2 s, the
    # pack's bound on a line's confirmation, PLAYOUT_CONFIRM_MAX_S) counts as heard once no
    # echo has ever come; the reply is truncated there, never past what was written.
    h = Harness("pcmu")
    await h.svc.process_frame(PlayoutConfirmedFrame(played_ms=0.0), FrameDirection.DOWNSTREAM)
    await h.response("r1")
    await h.item("A")
    await h.audio("r1", "A", 8000)
    await h.written(6000)  # 6 s on the line, in real time; not one echo
    warnings: list[str] = []
    sink = logger.add(lambda m: warnings.append(str(m)), level="WARNING")
    try:
        await h.interrupt()
    finally:
        logger.remove(sink)
    assert any("echoed no playout mark" in w for w in warnings)  # the operator is told
    assert h.of("conversation.item.delete") == []
    [trunc] = h.of("conversation.item.truncate")
    assert 3500 <= trunc["audio_end_ms"] <= 4000  # written 2 s before the barge-in, at most


async def test_a_cut_greeting_is_put_back_first_not_after_what_followed_it() -> None:
    # WRONG: text modality, the bot speaks first (no item before its greeting) and the model,
    # far faster than the voice, has already gone on (here a second reply after a tool call)
    # when the caller cuts the greeting. The greeting is replaced by its heard words "in
    # place", after the item before it; with none before it, the create named no
    # previous_item_id, which the API takes as "append to the end": the model's copy of the
    # conversation then has its greeting after its second reply.
    # EXPECTED: a first item is recreated first (previous_item_id "root").
    h = Harness(modality="text")
    await h.response("R1")
    await h.item("G")  # the greeting: the conversation's first item
    greeting = "Hello, thanks for calling. Let me pull up your account."
    await h.text("R1", "G", greeting)
    await h.done("R1")
    await h.response("R2")
    await h.item("B", prev="G")
    await h.text("R2", "B", "I found your account.")
    await h.svc.process_frame(
        SpokenTextHeardFrame(
            text=greeting,
            words=[WordTiming("Hello,", 0, 300), WordTiming("thanks", 400, 300)],
            heard_ms=750,
        ),
        FrameDirection.UPSTREAM,
    )
    [create] = h.of("conversation.item.create")
    assert create["item"]["content"] == [{"type": "output_text", "text": "Hello, thanks"}]
    assert create.get("previous_item_id") == "root"
