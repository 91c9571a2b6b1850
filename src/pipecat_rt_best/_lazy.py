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

``dir()`` and ``__all__`` of a package leave out the names whose optional dependencies are not
installed (a base install without ``[telephony]`` or ``[azure]``): ``help(package)``,
``inspect.getmembers`` and a notebook's completion load every name ``dir()`` lists, and
``from package import *`` every name in ``__all__``, and stop at the first one that raises
anything but ``AttributeError``. Which extras a name needs is read from the pack's own
sources, without importing them (:func:`_extra_imports`: the module-level imports, followed
through the pack's modules); the name itself still loads, or says which extra to install.
"""

from __future__ import annotations

import ast
import functools
import importlib
import importlib.util
from collections.abc import Callable, Iterator
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


_SRC = Path(__file__).resolve().parent.parent  # the folder holding pipecat_rt_best/


def _source(module: str) -> Path | None:
    """The file of one of the pack's modules (None: not one of them)."""
    path = _SRC.joinpath(*module.split("."))
    for candidate in (path / "__init__.py", path.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


@functools.cache
def _module_level_imports(module: str) -> tuple[str, ...]:
    """The modules the pack's ``module`` imports as it loads: its module-level imports (inside
    ``try`` and ``if`` too, not under ``if TYPE_CHECKING:``, not inside functions)."""
    source = _source(module)
    if source is None:
        return ()
    package = module if source.name == "__init__.py" else module.rpartition(".")[0]

    def visit(body: list[ast.stmt]) -> Iterator[str]:
        for node in body:
            if isinstance(node, ast.Import):
                yield from (alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = package.rsplit(".", node.level - 1)[0] if node.level else ""
                name = ".".join(filter(None, (base, node.module)))
                yield name
                # `from package import submodule`
                yield from (f"{name}.{a.name}" for a in node.names if _source(f"{name}.{a.name}"))
            elif isinstance(node, ast.If):
                if getattr(node.test, "id", None) != "TYPE_CHECKING":
                    yield from visit(node.body)
                yield from visit(node.orelse)
            elif isinstance(node, ast.Try):
                yield from visit(node.body)

    return tuple(visit(ast.parse(source.read_text(encoding="utf-8")).body))


@functools.cache
def _extra_imports(module: str) -> frozenset[str]:
    """The optional dependencies (modules under :data:`~.base.extras.EXTRAS`:
    :func:`~.base.extras.extra_module`) that importing
    the pack's ``module`` imports: its own, its parent packages' and those of every pack module
    it loads on the way."""
    # lazy: not at the top, as the base package's own face is built by this module
    from pipecat_rt_best.base.extras import extra_module

    found: set[str] = set()
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        parts = name.split(".")
        todo.extend(".".join(parts[:i]) for i in range(1, len(parts)))  # its parents load first
        for imported in _module_level_imports(name):
            if extra_module(imported) is not None:
                found.add(imported)
            elif imported.startswith("pipecat_rt_best"):
                todo.append(imported)
    return frozenset(found)


def _installed(module: str) -> bool:
    """Whether ``module`` can be found (its top package: found without importing it; a
    namespace package such as ``azure`` is looked into)."""
    try:
        spec = importlib.util.find_spec(module.split(".")[0])
        if spec is not None and spec.origin is None and "." in module:  # a namespace package
            spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return False
    return spec is not None


def lazy_face(
    package: str, init_file: str, also: tuple[str, ...] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the package ``__init__`` at ``init_file``.

    ``__all__`` is one of the names ``__getattr__`` gives (the package sets none): the public
    names whose extras are installed, and ``also`` (names the ``__init__`` defines itself), so
    ``from package import *`` works on a base install too; worked out on first use."""
    exports = _exports(init_file, package)
    namespace = importlib.import_module(package).__dict__

    def usable() -> set[str]:
        return {
            name
            for name, module in exports.items()
            if name in namespace or all(map(_installed, _extra_imports(module)))
        }

    def __getattr__(name: str) -> Any:
        if name == "__all__":
            namespace[name] = [*sorted(usable()), *also]
            return namespace[name]
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
        return sorted(set(namespace) | usable())

    return __getattr__, __dir__
