"""The telephony-server CLI as it was before bench/load's fix: permessage-deflate on.

``python -m bench.load.deflate_server telephony-server ...`` runs the real CLI with two
settings put back: uvicorn negotiating permessage-deflate on the callers' media sockets and
the session pool's realtime sockets opened with websockets' default compression. The
bench's ``pack-deflate`` mode runs it, to show what the fix changed (before/after, same run).
"""

from __future__ import annotations

import functools
from typing import Any

import uvicorn

from pipecat_rt_best.cli import main
from pipecat_rt_best.session_pool import pool as pool_module

_config_init = uvicorn.Config.__init__


@functools.wraps(_config_init)
def _config_with_deflate(self: uvicorn.Config, *args: Any, **kwargs: Any) -> None:
    kwargs["ws_per_message_deflate"] = True
    _config_init(self, *args, **kwargs)


_connect = pool_module.connect


def _connect_with_deflate(*args: Any, **kwargs: Any) -> Any:
    kwargs.pop("compression", None)  # websockets' default: permessage-deflate
    return _connect(*args, **kwargs)


uvicorn.Config.__init__ = _config_with_deflate  # type: ignore[method-assign]
pool_module.connect = _connect_with_deflate  # type: ignore[misc,assignment]

if __name__ == "__main__":
    raise SystemExit(main())
