"""Lazy package faces: a package's public names load their module on first use (PEP 562).

Each package ``__init__`` lists its public names once, as imports under
``if TYPE_CHECKING:`` — what type checkers and IDEs read, written ``from x import Y as Y``
so that ``mypy --strict`` takes them for exports — and calls :func:`lazy_face`,
which reads that same block to learn where each name lives, under ``if not TYPE_CHECKING:``
(a module ``__getattr__`` a type checker sees makes every other name of the package ``Any``:
a misspelt import would pass ``mypy`` and an IDE, and fail only when it runs). Importing a
package therefore costs nothing, and importing one of its pure modules never drags in its
pipecat adapters (or pipecat, or onnxruntime). Hand-written rather than taken from
``lazy_loader``: it is twenty lines, and the one-list-in-the-file convention is the point.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["lazy_face"]


def _exports(init_file: str, package: str) -> dict[str, str]:
    """``name -> module`` from the ``if TYPE_CHECKING:`` imports of a package ``__init__``."""
    tree = ast.parse(Path(init_file).read_text(encoding="utf-8"))
    exports: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            for stmt in node.body:
                if isinstance(stmt, ast.ImportFrom):
                    base = package if stmt.level else ""
                    module = (
                        f"{base}.{stmt.module}" if base and stmt.module else stmt.module or base
                    )
                    for alias in stmt.names:
                        exports[alias.asname or alias.name] = module
    return exports


def lazy_face(
    package: str, init_file: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]], list[str]]:
    """``__getattr__``, ``__dir__`` and ``__all__`` for the package ``__init__`` at ``init_file``."""
    exports = _exports(init_file, package)
    namespace = importlib.import_module(package).__dict__

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        try:
            loaded = importlib.import_module(module)
        except ModuleNotFoundError as exc:  # an extra not installed: say which
            # lazy: not at the top, as the base package's own face is built by this module
            from pipecat_rt_best.base.extras import missing_extra

            raise missing_extra(exc, f"{package}.{name}") from None
        value = getattr(loaded, name)
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(namespace) | set(exports))

    return __getattr__, __dir__, sorted(exports)
