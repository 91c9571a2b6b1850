"""``pipecat-rt-best telephony-server`` and ``pipecat-rt-best telephony-call``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from loguru import logger

from pipecat_rt_best.g711_passthrough.dialects import DEFAULT_MAX_MESSAGE_BYTES, PROVIDERS

DEFAULT_INSTRUCTIONS = "You are a concise, warm phone agent. Keep answers short."


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    server = subparsers.add_parser(
        "telephony-server",
        help="serve phone calls (Twilio/Telnyx/Plivo/Exotel) with G.711 straight to the model",
        description=(
            "Webhooks (/PROVIDER/voice) and media WebSockets (/PROVIDER/media) running the "
            "sample pipeline: VAD-driven turns, the realtime service in audio/pcmu|pcma. The "
            "backend comes from the environment (AZURE_OPENAI_REALTIME_ENDPOINT + "
            "AZURE_OPENAI_API_KEY, or OPENAI_API_KEY); with none set (or --emulator) an offline "
            "realtime emulator is embedded."
        ),
    )
    server.add_argument("--host", default="127.0.0.1")
    server.add_argument("--port", type=int, default=8080)
    server.add_argument(
        "--public-url", help="https://host where providers reach this server (for the webhooks)"
    )
    server.add_argument(
        "--providers", default=",".join(PROVIDERS), help="comma-separated (default: all)"
    )
    server.add_argument("--instructions", default=DEFAULT_INSTRUCTIONS)
    server.add_argument("--max-message-bytes", type=int, default=DEFAULT_MAX_MESSAGE_BYTES)
    server.add_argument(
        "--ws-max-size", type=int, default=1 << 20, help="WebSocket frame cap (bytes)"
    )
    server.add_argument(
        "--validate-twilio-signature",
        action="store_true",
        help="check X-Twilio-Signature on /twilio/voice (auth token from $TWILIO_AUTH_TOKEN)",
    )
    server.add_argument("--allowed-origin", action="append", default=[], metavar="ORIGIN")
    server.add_argument("--max-calls", type=int, default=None)
    server.add_argument("--exotel-law", choices=("ulaw", "alaw"), default="ulaw")
    server.add_argument(
        "--telnyx-codec",
        choices=("PCMU", "PCMA"),
        default="PCMU",
        help="bidirectionalCodec of the Telnyx stream: the law the model speaks and hears "
        "(a caller leg in the other law is converted by table)",
    )
    server.add_argument(
        "--no-vad", action="store_true", help="let the model take turns (server VAD)"
    )
    server.add_argument("--emulator", action="store_true", help="use the offline emulator")
    server.set_defaults(func=run_server)

    call = subparsers.add_parser(
        "telephony-call",
        help="place one simulated provider call (offline by default) and report on it",
        description=(
            "A provider media-stream simulator (20 ms media, jitter buffer, marks, clear) calls "
            "an in-process telephony server + realtime emulator, or --url."
        ),
    )
    call.add_argument("--provider", choices=PROVIDERS, default="twilio")
    call.add_argument("--seconds", type=float, default=8.0)
    call.add_argument("--jitter-ms", type=float, default=100.0)
    call.add_argument("--url", help="call this media WebSocket instead (ws://host/PROVIDER/media)")
    call.add_argument("--reply", action="append", default=[], metavar="TEXT")
    call.add_argument("--json", type=Path, help="also write the report here")
    call.add_argument("--verbose", action="store_true")
    call.set_defaults(func=run_call)


@contextlib.asynccontextmanager
async def _llm_source(args: argparse.Namespace) -> AsyncIterator[Any]:
    """Yields ``make_llm(call)``: the env backend, or an embedded emulator."""
    from pipecat_rt_best.realtime import (
        RealtimeConfigError,
        RealtimeLLMService,
        backend_config_from_env,
        realtime_service_from_env,
        realtime_session,
    )

    def settings(call: Any) -> Any:
        return RealtimeLLMService.Settings(
            session_properties=realtime_session(
                audio_format=call.session_audio_format,
                instructions=args.instructions,
                manual_turns=not args.no_vad,
            )
        )

    use_emulator = args.emulator
    if not use_emulator:
        try:
            config = backend_config_from_env()
            logger.info(f"telephony-server: realtime backend {config!r}")
        except RealtimeConfigError as exc:
            logger.warning(f"telephony-server: {exc}; serving the offline emulator instead")
            use_emulator = True
    if not use_emulator:
        yield lambda call: realtime_service_from_env(settings=settings(call))
        return

    from pipecat_rt_best.testing.realtime_emulator import EmulatorScript, RealtimeEmulator

    async with RealtimeEmulator(
        api_key="local-emulator",
        script=EmulatorScript(exhausted="cycle", replies=["Hello! How can I help?"]),
    ) as emu:
        logger.info(f"telephony-server: embedded realtime emulator at {emu.url}")

        def make_llm(call: Any) -> Any:
            s = settings(call)
            s.model = "gpt-realtime"
            return RealtimeLLMService(api_key="local-emulator", base_url=emu.url, settings=s)

        yield make_llm


def run_server(args: argparse.Namespace) -> int:
    import uvicorn

    from pipecat_rt_best.call_pipeline.telephony import g711_pipeline_factory
    from pipecat_rt_best.g711_passthrough.server import TelephonyServerConfig, create_telephony_app

    providers = tuple(p.strip() for p in args.providers.split(",") if p.strip())
    config = TelephonyServerConfig(
        public_url=args.public_url,
        providers=providers,  # type: ignore[arg-type]
        max_message_bytes=args.max_message_bytes,
        validate_twilio_signature=args.validate_twilio_signature,
        allowed_origins=tuple(args.allowed_origin),
        max_calls=args.max_calls,
        exotel_law=args.exotel_law,
        telnyx_codec=args.telnyx_codec,
    )

    async def main() -> None:
        async with _llm_source(args) as make_llm:
            factory = g711_pipeline_factory(make_llm, make_vad=None if args.no_vad else _vad())
            app = create_telephony_app(factory, config)
            server = uvicorn.Server(
                uvicorn.Config(
                    app,
                    host=args.host,
                    port=args.port,
                    ws_max_size=args.ws_max_size,
                    log_level="info",
                    lifespan="off",
                )
            )
            base = args.public_url or f"http://{args.host}:{args.port}"
            for provider in providers:
                print(f"  {provider:>7}: webhook {base}/{provider}/voice", flush=True)
            await server.serve()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(main())
    return 0


def _vad() -> Any:
    from pipecat_rt_best.call_pipeline.telephony import default_vad

    return default_vad


def run_call(args: argparse.Namespace) -> int:
    from pipecat_rt_best.testing.telephony_call import DEFAULT_REPLIES, simulated_call

    if not args.verbose:
        logger.remove()
        logger.add(sys.stderr, level="WARNING")
    replies = tuple(args.reply) or DEFAULT_REPLIES
    report = asyncio.run(
        simulated_call(
            args.provider,
            seconds=args.seconds,
            replies=replies,
            jitter_ms=args.jitter_ms,
            url=args.url,
        )
    )
    print(
        f"Simulated {args.provider} call ({args.seconds:.1f} s, jitter buffer {args.jitter_ms:.0f} ms)"
    )
    for line in report.lines():
        print(line)
    if args.json:
        args.json.write_text(json.dumps(report.as_dict(), indent=2))
    ok = report.caller_bytes_exact is not False and report.bot_bytes_exact is not False
    return 0 if ok else 1
