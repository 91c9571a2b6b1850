"""Text-transform factories passed uncalled, caught where a TTS service is built (pure).

A factory such as :func:`~pipecat_rt_best.indic_numbers.number_text_transform` *makes*
a pipecat text transform; put in ``text_transforms`` itself (``("*",
number_text_transform)``) it is called with each sentence and its text type. A factory
marks itself with :func:`mark_transform_factory`, and a service that builds its own
``TTSService`` runs :func:`check_text_transforms` on what it is given, so the mistake is
a ``TypeError`` at construction, not a lost sentence per turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = [
    "check_text_transforms",
    "factory_message",
    "mark_transform_factory",
    "transform_factory_hint",
]

F = TypeVar("F", bound=Callable[..., Any])

_HINT = "_pipecat_rt_best_factory_call"


def mark_transform_factory(call: str) -> Callable[[F], F]:
    """Decorate a factory of text transforms; ``call`` is how to call it
    (``"number_text_transform(lang='hi')"``), for the message."""

    def mark(factory: F) -> F:
        setattr(factory, _HINT, call)
        return factory

    return mark


def transform_factory_hint(transform: object) -> str | None:
    """How to call ``transform`` if it is a marked factory, else None."""
    hint = getattr(transform, _HINT, None)
    return hint if isinstance(hint, str) else None


def factory_message(transform: object) -> str | None:
    """The one-line explanation for a factory passed uncalled, or None."""
    hint = transform_factory_hint(transform)
    if hint is None:
        return None
    name = getattr(transform, "__name__", "the function")
    return (
        f"{name} is a factory of text transforms, passed uncalled: pass {hint} "
        f'(text_transforms=[("*", {hint})])'
    )


def check_text_transforms(transforms: Iterable[Any] | None, where: str) -> None:
    """``TypeError`` if a ``(text_type, transform)`` entry (or a bare transform) of
    ``transforms`` is a marked factory rather than a transform it made."""
    for entry in transforms or ():
        transform = entry[1] if isinstance(entry, tuple) and len(entry) == 2 else entry
        message = factory_message(transform)
        if message is not None:
            raise TypeError(f"{where}: {message}")
