"""Common mistakes a pipeline author makes get a clear error naming the fix (a review's
findings, each confirmed by running it): not an AttributeError, a silent default, or a
message that hides what was typed."""

from __future__ import annotations

import pytest

from pipecat_rt_best.interruption_truncation.service import TruncationParams
from pipecat_rt_best.realtime import RealtimeLLMService
from pipecat_rt_best.realtime.env import RealtimeConfigError, backend_config_from_env


def test_truncation_takes_its_params_object_not_a_dict() -> None:
    with pytest.raises(TypeError, match=r"truncation= takes a TruncationParams\(...\), not a dict"):
        RealtimeLLMService(api_key="k", truncation={"playout_delay_ms": 250})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="playout_delay_ms must be a number >= 0, not '250'"):
        TruncationParams(playout_delay_ms="250")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="wallclock_margin_ms"):
        TruncationParams(wallclock_margin_ms=-1)
    with pytest.raises(ValueError, match="playout_delay_ms must be a number >= 0, not nan"):
        TruncationParams(playout_delay_ms=float("nan"))  # "< 0" let nan through (a review)


def test_a_typo_in_the_backend_name_is_shown_but_nothing_that_could_be_a_key() -> None:
    with pytest.raises(RealtimeConfigError, match="it is set to 'azur'"):
        backend_config_from_env({"PIPECAT_RT_BEST_BACKEND": "azur", "OPENAI_API_KEY": "k"})
    key = "sk-proj-abcdef0123456789"
    with pytest.raises(RealtimeConfigError) as err:
        backend_config_from_env({"PIPECAT_RT_BEST_BACKEND": key, "OPENAI_API_KEY": "k"})
    assert key not in str(err.value) and key.lower() not in str(err.value)


def test_the_vad_analyzer_says_what_it_is_and_which_models_there_are() -> None:
    from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

    assert repr(NoiseRobustVADAnalyzer()).startswith("NoiseRobustVADAnalyzer(sample_rate=")
    with pytest.raises(FileNotFoundError, match="'pipecat', the default, 'silero-vad'"):
        NoiseRobustVADAnalyzer(model="silero")


def test_a_pipeline_rate_the_vad_cannot_take_says_how_to_fix_it() -> None:
    from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

    with pytest.raises(ValueError, match=r"audio_in_sample_rate=16000"):
        NoiseRobustVADAnalyzer().set_sample_rate(24000)


@pytest.mark.parametrize(
    ("typo", "meant"),
    [("sesion_pool", "session_pool"), ("reconect", "reconnect"), ("truncaton", "truncation")],
)
def test_a_misspelt_pack_keyword_is_refused_not_silently_dropped(typo: str, meant: str) -> None:
    # pipecat's service takes any keyword: a typo switched the pool / reconnect off unseen
    with pytest.raises(TypeError, match=f"did you mean '{meant}'"):
        RealtimeLLMService(api_key="k", **{typo: None})


def test_the_services_siblings_of_truncation_refuse_a_wrong_type_by_name() -> None:
    # a params dict, the pool's config instead of the pool, session properties instead of
    # Settings: each used to construct and fail at the call's start with an AttributeError
    # naming an internal attribute ('dict' object has no attribute 'max_buffered_events')
    from pipecat_rt_best.realtime import AzureRealtimeLLMService, realtime_session
    from pipecat_rt_best.session_pool import PoolConfig

    with pytest.raises(TypeError, match=r"reconnect= takes ReconnectParams\(...\) or True"):
        RealtimeLLMService(api_key="k", reconnect={"give_up_after_s": 30})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"session_pool= takes a RealtimeSessionPool.*PoolConfig"):
        RealtimeLLMService(api_key="k", session_pool=PoolConfig())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"settings= takes .*not a SessionProperties"):
        RealtimeLLMService(api_key="k", settings=realtime_session())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="append_interval_ms= takes a number"):
        RealtimeLLMService(api_key="k", append_interval_ms="100")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reconnect="):
        AzureRealtimeLLMService(
            api_key="k",
            base_url="wss://x.openai.azure.com/openai/v1/realtime",
            reconnect={"give_up_after_s": 30},  # type: ignore[arg-type]
        )
    with pytest.raises(TypeError, match="playout_confirmations must be True or False"):
        TruncationParams(playout_confirmations="no")  # type: ignore[arg-type]


def test_the_vad_analyzer_refuses_pipecats_params_where_its_own_go() -> None:
    from pipecat.audio.vad.vad_analyzer import VADParams

    from pipecat_rt_best.noise_robust_vad.analyzer import NoiseRobustVADAnalyzer

    with pytest.raises(TypeError, match="noise_robust_params= takes a NoiseRobustVADParams"):
        NoiseRobustVADAnalyzer(noise_robust_params=VADParams())  # type: ignore[arg-type]


def test_the_services_show_their_keywords_to_notebooks() -> None:
    # inspect.signature is what Jupyter's shift-tab and help() show; it was (*args, **kwargs)
    import inspect

    from pipecat_rt_best.realtime import AzureRealtimeLLMService

    for cls in (RealtimeLLMService, AzureRealtimeLLMService):
        params = inspect.signature(cls).parameters
        for name in ("api_key", "settings", "truncation", "session_pool", "reconnect"):
            assert name in params, (cls.__name__, name)
        assert "append_interval_ms" in params
        assert "session_pool" in (cls.__doc__ or "")


def test_wrong_types_for_three_more_settings_name_the_parameter() -> None:
    # a review (session 26, noted by a fix-helper): these were taken, or failed comparing a
    # str with a number without naming the setting
    import pytest

    from pipecat_rt_best.indic_numbers.streaming import NumberStream
    from pipecat_rt_best.noise_robust_vad.mixer import _check_settings
    from pipecat_rt_best.realtime.reconnect import ReconnectParams

    with pytest.raises(TypeError, match="max_hold_chars"):
        NumberStream("hi", max_hold_chars="10")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="duck_gain"):
        _check_settings("0.3", 10.0, 10.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rotate_after_s"):
        ReconnectParams(rotate_after_s="1500")  # type: ignore[arg-type]
    ReconnectParams(rotate_after_s=None)  # None still means never
