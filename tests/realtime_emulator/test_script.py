"""Where replies come from."""

from __future__ import annotations

import pytest

from pipecat_rt_best.testing.realtime_emulator import (
    DEFAULT_REPLY,
    EmulatorScript,
    RealtimeEmulator,
    Reply,
    ToolCall,
)


def test_fixed_replies_in_order_then_default() -> None:
    script = EmulatorScript(replies=["one", Reply(text="two")])
    assert [script.reply_for(i, []) for i in range(4)] == [
        "one",
        Reply(text="two"),
        DEFAULT_REPLY,
        DEFAULT_REPLY,
    ]
    assert DEFAULT_REPLY == "OK."


def test_fixed_replies_cycle() -> None:
    script = EmulatorScript(replies=["a", "b"], exhausted="cycle")
    assert [script.reply_for(i, []) for i in range(5)] == ["a", "b", "a", "b", "a"]


def test_responder_sees_the_conversation() -> None:
    seen = []

    def responder(conversation: list[dict]) -> str:
        seen.append(conversation)
        return f"{len(conversation)} items"

    script = EmulatorScript(responder=responder)
    assert script.reply_for(0, [{"id": "x"}]) == "1 items"
    assert seen == [[{"id": "x"}]]


def test_split_items_is_word_aligned_and_complete() -> None:
    text = "The quick brown fox jumps over the lazy dog near the river bank today."
    for n in (1, 2, 3, 5):
        parts = Reply(text=text, split_items=n).message_texts()
        assert len(parts) == n
        assert " ".join(parts) == text
        assert all(p and p == p.strip() for p in parts)
    assert Reply(text="two words", split_items=5).message_texts() == ["two", "words"]


def test_parts_override_text() -> None:
    assert Reply(text="ignored", parts=["First.", "Second."]).message_texts() == [
        "First.",
        "Second.",
    ]
    assert Reply(tool_calls=[ToolCall("f")]).message_texts() == []


def test_tool_call_arguments() -> None:
    assert ToolCall("f", {"city": "Pune"}).arguments_json == '{"city": "Pune"}'
    assert ToolCall("f", '{"a":1}').arguments_json == '{"a":1}'


def test_bad_script_values() -> None:
    with pytest.raises(ValueError):
        EmulatorScript(chunk_ms=0)
    with pytest.raises(TypeError):
        EmulatorScript(replies=[42])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [
        ({"replies": "Namaste."}, "replies=['Namaste.']"),
        ({"replies": Reply("Namaste.")}, "replies=[Reply(text='Namaste.'"),
        ({"user_transcripts": "haan ji"}, "user_transcripts=['haan ji']"),
    ],
)
def test_one_reply_given_bare_is_refused_with_the_list_to_pass(
    kwargs: dict[str, object], says: str
) -> None:
    # a str is a Sequence[str]: EmulatorScript(replies="Namaste.") replied 'N', then 'a', ...
    with pytest.raises(TypeError, match="takes a list") as err:
        EmulatorScript(**kwargs)  # type: ignore[arg-type]
    assert says in str(err.value)


def test_an_emulator_given_a_list_for_its_script_says_what_to_pass() -> None:
    # it failed only at the first response.create ('list' object has no attribute
    # 'reply_for', a response with status failed), far from the slip
    with pytest.raises(TypeError, match=r"script=EmulatorScript\(replies=\[\.\.\.\]\)"):
        RealtimeEmulator(script=["Namaste."])  # type: ignore[arg-type]


def test_a_reply_in_the_wrong_shape_is_refused_when_built_not_when_it_runs() -> None:
    # Reply(tool_calls=ToolCall(...)) and a dict in the wire's shape passed; the response
    # then died at its first tool call and the call sat silent until the caller gave up
    one = ToolCall("check_balance", {"account": "1234"})
    assert Reply(tool_calls=one).tool_calls == (one,)  # one call, not in a list: meant
    with pytest.raises(TypeError, match="not a ToolCall") as err:
        Reply(tool_calls=[{"name": "check_balance", "arguments": {"account": "1234"}}])  # type: ignore[list-item]
    assert "ToolCall('check_balance', {'account': '1234'})" in str(err.value)
    with pytest.raises(TypeError, match=r"tool_calls=\[ToolCall\(name, arguments\)\]"):
        Reply(tool_calls="check_balance")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="parts takes a list of str"):
        Reply(parts="Hello.")
    with pytest.raises(TypeError, match="text is a str"):
        Reply(text=["Hello."])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes a dict or a JSON string"):
        ToolCall("check_balance", ["1234"])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="non-empty str"):
        ToolCall("")
    # a string that is not JSON is sent as given: a model's malformed arguments
    assert ToolCall("f", '{"a": ').arguments_json == '{"a": '
    with pytest.raises(TypeError, match="not a ToolCall"):  # a responder's too: in the script
        EmulatorScript(replies=[Reply(tool_calls=[("check_balance", {})])])  # type: ignore[list-item]
