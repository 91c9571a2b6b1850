"""Phone bot over Twilio / Telnyx / Plivo / Exotel with G.711 straight through to the model.

    python pipelines/telephony_g711.py --port 8080 --public-url https://<your-tunnel>

Point the provider's voice webhook at https://<your-tunnel>/<provider>/voice (Twilio: "A call
comes in" → POST). The realtime backend comes from the environment (see README: Azure OpenAI
or OpenAI); without it this script refuses to start — use
`pipecat-rt-best telephony-server` for the offline emulator.

The pipeline: provider media socket → VAD (on the decoded 8 kHz copy) → the pack's realtime
service in audio/pcmu|pcma (caller bytes to the model untouched) → the provider (model bytes
untouched, a mark after each chunk so truncation knows what the caller really heard).
"""

from __future__ import annotations

import argparse
import os
import sys

import uvicorn

from pipecat_rt_best.call_pipeline import g711_pipeline_factory
from pipecat_rt_best.g711_passthrough import CallInfo, TelephonyServerConfig, create_telephony_app
from pipecat_rt_best.realtime import (
    AzureRealtimeLLMService,
    RealtimeConfigError,
    RealtimeLLMService,
    backend_config_from_env,
    realtime_service_from_env,
    realtime_session,
)

INSTRUCTIONS = "You are Asha, a concise and warm phone agent for City Bank. Keep answers short."


def make_llm(call: CallInfo) -> RealtimeLLMService | AzureRealtimeLLMService:
    # The session speaks the call's law: audio/pcmu for μ-law lines, audio/pcma for A-law.
    return realtime_service_from_env(
        settings=RealtimeLLMService.Settings(
            session_properties=realtime_session(
                instructions=INSTRUCTIONS, audio_format=call.session_audio_format
            )
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--public-url", default=os.environ.get("PUBLIC_URL"))
    args = parser.parse_args()
    try:
        backend_config_from_env()  # refuse to start rather than fail every call
    except RealtimeConfigError as exc:
        sys.exit(
            f"telephony_g711.py: error: {exc} — or run `pipecat-rt-best telephony-server` "
            "for the offline emulator"
        )

    config = TelephonyServerConfig(
        public_url=args.public_url,
        # Set TWILIO_AUTH_TOKEN to check X-Twilio-Signature on the Twilio webhook.
        validate_twilio_signature=bool(os.environ.get("TWILIO_AUTH_TOKEN")),
        max_calls=20,
    )
    app = create_telephony_app(g711_pipeline_factory(make_llm), config)
    uvicorn.run(app, host=args.host, port=args.port, ws_max_size=1 << 20)


if __name__ == "__main__":
    main()
