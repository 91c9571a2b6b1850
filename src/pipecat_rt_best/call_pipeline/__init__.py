"""The practices composed into a realtime phone call: the one place that knows them all.

* :func:`realtime_call_processors` / :func:`realtime_call_worker` (:mod:`.pipeline`) — the
  call pipeline: noise-robust VAD deciding manual turns, the realtime service (with
  interruption-aware truncation), bot-aware barge-in and the playout tracker.
* :class:`KeypadProcessor` / :class:`KeypadParams` (:mod:`.keypad_processor`, :mod:`.keypad`)
  — the caller's keypad entries told to the model (``#`` or an idle timeout ends one; a
  PIN can be masked); on in the telephony pipeline and :func:`phone_call`.
* :func:`g711_pipeline_factory` / :func:`serve_in_background` (:mod:`.telephony`) — that
  pipeline behind the G.711 telephony server, one per call.
* :func:`production_telephony_app` / :class:`DrainingServer` (:mod:`.telephony_server`) —
  that server owning session pools: ``/readyz`` on the pools, Prometheus ``/metrics``,
  graceful drain on SIGTERM; :class:`LoopLagMonitor` (:mod:`.loop_lag`) — the event-loop
  lag its ``/metrics`` can report.

* :func:`azure_tts_call_worker` / :func:`azure_tts_for_calls` (:mod:`.azure_tts`) — the
  call with the model in text modality and its replies spoken by Azure voices.
* :func:`phone_call` / :class:`PhoneCall` (:mod:`.assembly`) — one call with all seven
  practices (pooled session, structured prompt, audio or text modality); the sample bots
  and ``simulate`` build their calls with it.
* :func:`passthrough_transport` / :func:`run_call_worker` / :func:`shared_session_pool`
  (:mod:`.runner`) — pipecat's development runner (``bot(runner_args)``, ``-t twilio``)
  to the pack: a G.711 passthrough transport from the runner's WebSocket, the
  process-wide pool, a worker that ends with the call; :class:`BotPlan` (:mod:`.bot_plan`)
  — what a sample bot is, for its ``__main__`` (:mod:`pipecat_rt_best.cli.bot_script`).

Practices never import this package; it imports them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipecat_rt_best._lazy import lazy_face

if TYPE_CHECKING:  # the public names; lazy_face() reads this block
    from pipecat_rt_best.call_pipeline.assembly import (
        PhoneCall as PhoneCall,
        phone_call as phone_call,
        prompt_lexicon as prompt_lexicon,
        unavailable_tool_handlers as unavailable_tool_handlers,
    )
    from pipecat_rt_best.call_pipeline.azure_tts import (
        azure_tts_call_processors as azure_tts_call_processors,
        azure_tts_call_worker as azure_tts_call_worker,
        azure_tts_for_calls as azure_tts_for_calls,
    )
    from pipecat_rt_best.call_pipeline.bot_plan import BotPlan as BotPlan
    from pipecat_rt_best.call_pipeline.keypad import (
        KeypadInput as KeypadInput,
        KeypadParams as KeypadParams,
    )
    from pipecat_rt_best.call_pipeline.keypad_processor import KeypadProcessor as KeypadProcessor
    from pipecat_rt_best.call_pipeline.loop_lag import LoopLagMonitor as LoopLagMonitor
    from pipecat_rt_best.call_pipeline.pipeline import (
        realtime_call_processors as realtime_call_processors,
        realtime_call_worker as realtime_call_worker,
        worker_running as worker_running,
    )
    from pipecat_rt_best.call_pipeline.runner import (
        BotConfigError as BotConfigError,
        RunnerCall as RunnerCall,
        add_call_listener as add_call_listener,
        bot_pool_config as bot_pool_config,
        close_shared_session_pools as close_shared_session_pools,
        load_bot_prompt as load_bot_prompt,
        log_at_level_while_serving as log_at_level_while_serving,
        passthrough_transport as passthrough_transport,
        remove_call_listener as remove_call_listener,
        run_call_worker as run_call_worker,
        shared_session_pool as shared_session_pool,
        warm_pool_while_serving as warm_pool_while_serving,
        warm_shared_session_pool as warm_shared_session_pool,
    )
    from pipecat_rt_best.call_pipeline.telephony import (
        default_vad as default_vad,
        g711_pipeline_factory as g711_pipeline_factory,
        serve_in_background as serve_in_background,
    )
    from pipecat_rt_best.call_pipeline.telephony_server import (
        DrainingServer as DrainingServer,
        ServerMetrics as ServerMetrics,
        pool_size_from_env as pool_size_from_env,
        production_telephony_app as production_telephony_app,
    )

if not TYPE_CHECKING:  # hidden from type checkers: they read the names above, and flag others
    __getattr__, __dir__ = lazy_face(__name__, __file__)
