"""Review s40 (tel4): the production telephony server's drain."""

from __future__ import annotations

import math

import pytest
import uvicorn
from fastapi import FastAPI

from pipecat_rt_best.call_pipeline.telephony_server import DrainingServer


@pytest.mark.parametrize("bad", [math.nan, -1.0])
def test_a_drain_timeout_that_is_not_a_number_is_refused(bad: float) -> None:
    # WRONG: DrainingServer(drain_timeout_s=nan) was accepted (nan < 0 is False); its drain's
    # deadline (now + nan) compares False, so a SIGTERM cut every live call at once instead
    # of letting them finish. EXPECTED: a ValueError at construction, as for a negative one
    # (the CLI's --drain-timeout already refuses NaN).
    app = FastAPI()
    with pytest.raises(ValueError, match="drain_timeout_s"):
        DrainingServer(uvicorn.Config(app, lifespan="off"), app, drain_timeout_s=bad)
