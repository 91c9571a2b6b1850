"""The slots answered webhooks hold for their streams (pure logic)."""

from __future__ import annotations

from pipecat_rt_best.g711_passthrough.held_slots import HeldSlots


def test_a_stream_claims_the_hold_made_for_it_by_token_or_call_id() -> None:
    slots = HeldSlots(ttl_s=15.0)
    first, second = slots.take(0.0), slots.take(0.1)
    first.key, second.key = "tok-1", "CA2"
    assert not slots.claim(1.0, ("tok-9", "CA9"))  # another's stream: no hold for it
    assert slots.claim(1.0, (None, "CA2")) and slots.count(1.0) == 1
    assert slots.claim(1.0, ("tok-1", None)) and slots.count(1.0) == 0


def test_a_hold_without_a_key_goes_to_the_first_stream_that_has_none() -> None:
    slots = HeldSlots(ttl_s=15.0)
    keyed, bare = slots.take(0.0), slots.take(0.0)
    keyed.key = "CA1"
    assert slots.claim(1.0, (None, "CA7"))  # takes the bare one, not CA1's
    assert slots.count(1.0) == 1 and slots.claim(1.0, (None, "CA1"))
    del bare


def test_a_hold_lapses_or_is_released() -> None:
    slots = HeldSlots(ttl_s=15.0)
    hold = slots.take(0.0)
    slots.take(10.0)
    slots.release(hold)
    slots.release(hold)  # twice is harmless
    assert slots.count(10.0) == 1
    assert slots.count(25.0) == 0  # its stream never came
    assert not slots.claim(25.0, (None, None))


def test_a_hold_is_found_by_its_key_until_claimed_or_lapsed() -> None:
    slots = HeldSlots(ttl_s=15.0)
    slots.take(0.0).key = "CA1"
    slots.take(0.0)  # no key: found by none
    assert slots.held_for(1.0, "CA1") and not slots.held_for(1.0, "CA2")
    assert slots.claim(1.0, ("tok-9", "CA1")) and not slots.held_for(1.0, "CA1")
    slots.take(2.0).key = "CA3"
    assert not slots.held_for(17.0, "CA3")  # lapsed
