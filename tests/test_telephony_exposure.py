"""telephony-server on a public address: what it serves by default, and what it warns about."""

from __future__ import annotations

import argparse

import pytest

from pipecat_rt_best.cli import build_parser
from pipecat_rt_best.cli.telephony import _exposure_warnings, _served_providers
from pipecat_rt_best.g711_passthrough.dialects import PROVIDERS


def _args(*argv: str) -> argparse.Namespace:
    return build_parser().parse_args(["telephony-server", *argv])


def test_with_signatures_checked_only_twilio_is_served_unless_others_are_named() -> None:
    # the other providers' webhooks are unsigned: they would hand anyone a stream token
    assert _served_providers(_args("--validate-twilio-signature")) == ("twilio",)
    assert _served_providers(_args()) == PROVIDERS
    named = _args("--validate-twilio-signature", "--providers", "twilio,telnyx")
    assert _served_providers(named) == ("twilio", "telnyx")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            ("--host", "0.0.0.0"),
            ["twilio, telnyx, plivo, exotel are not authenticated", "--max-calls"],
        ),
        (("--host", "0.0.0.0", "--validate-twilio-signature", "--max-calls", "9"), []),
        (
            ("--host", "0.0.0.0", "--validate-twilio-signature", "--providers", "twilio,exotel"),
            ["exotel are not authenticated", "--max-calls"],
        ),
        (("--host", "127.0.0.1"), []),  # this machine only
    ],
)
def test_a_public_server_anyone_can_use_is_warned_about(
    argv: tuple[str, ...], says: list[str]
) -> None:
    args = _args(*argv)
    warnings = _exposure_warnings(args, _served_providers(args))
    assert len(warnings) == len(says)
    for line, said in zip(warnings, says, strict=True):
        assert said in line
