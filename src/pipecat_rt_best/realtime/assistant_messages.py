"""Assistant messages appended to the conversation in the GA shape (``output_text``)."""

from __future__ import annotations

from pipecat.services.openai.realtime import events


class AssistantMessageMixin:
    """Sends assistant message items as the GA schema wants them. Must precede pipecat's class."""

    async def _send_message_item(self, text: str, role: str = "system") -> None:
        if role != "assistant":
            await super()._send_message_item(text, role)  # type: ignore[misc]
            return
        # GA assistant messages carry ``output_text``; pipecat sends ``input_text``,
        # which the schema does not allow for the assistant role.
        item = events.ConversationItem(
            type="message",
            role="assistant",
            content=[events.ItemContent(type="output_text", text=text)],
        )
        # the app's message, not a model reply: when the server echoes it, pipecat must not
        # announce a response, nor the truncation clock take it for one (a barge-in deleted it)
        self._messages_added_manually[item.id] = True  # type: ignore[attr-defined]
        await self.send_client_event(events.ConversationItemCreateEvent(item=item))  # type: ignore[attr-defined]
