"""Every StationError the core raises carries its cause and remedy as Messages; every message renders.

The window translates causes and remedies by message id (station/messages.py), so an f-string cause would
reach an operator untranslated. This scans every ``station`` module except the English-only CLI with
``ast``: each construction of a StationError subclass (and each ``super().__init__`` inside one) must pass
its cause/remedy as something that is a Message by construction:

- a call of a module-level ``message(...)`` definition (``_GONE(port=port)``), or ``plain(...)`` for data;
- a call of a function annotated to return ``Message``;
- a name or attribute bound to a Message (a module constant, a parameter or variable annotated ``Message``,
  a local variable every assignment of which is one of these), ``.cause_message``-style attributes;
- a conditional/``or`` of such expressions.

Run ``python tests/core/test_message_sites.py`` to list the remaining offenders per file.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from station.errors import StationError  # noqa: E402
from station.messages import Message, MessageDef, load_catalog  # noqa: E402

#: Parameters that carry text for a person; ``problem`` only when it may be a Message (else it is data).
ALWAYS_CHECKED = frozenset({"cause", "remedy"})
CHECKED_IF_MESSAGE = frozenset({"problem"})
EXCLUDED = ("station/cli/",)


@dataclass(frozen=True)
class Offender:
    path: str
    line: int
    call: str
    param: str
    source: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.param}=) gets {self.source}"


def station_files() -> list[Path]:
    return sorted(p for p in (ROOT / "station").rglob("*.py")
                  if not any(p.relative_to(ROOT).as_posix().startswith(x) for x in EXCLUDED))


def module_of(path: Path) -> ModuleType:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return importlib.import_module(".".join(parts))


def _annotation_is_message(annotation: ast.expr | None) -> bool:
    return annotation is not None and ast.unparse(annotation).strip("'\"") in ("Message", "Message | None")


def _resolve(node: ast.expr, module: ModuleType) -> Any:
    """The runtime object a Name/Attribute chain names in ``module``'s namespace (None if unknown)."""
    if isinstance(node, ast.Name):
        return getattr(module, node.id, None)
    if isinstance(node, ast.Attribute):
        base = _resolve(node.value, module)
        return getattr(base, node.attr, None) if base is not None else None
    return None


class Checker:
    """Decides whether an expression in one module is a Message by construction."""

    def __init__(self, module: ModuleType, tree: ast.Module) -> None:
        self.module = module
        self.tree = tree
        self.parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(tree):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        # Functions and methods of this module declared to return a Message, by name.
        self.message_functions = {
            node.name for node in ast.walk(tree)
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and _annotation_is_message(node.returns)}

    def enclosing_functions(self, node: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda]:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                yield node

    def enclosing_class(self, node: ast.AST) -> ast.ClassDef | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, ast.ClassDef):
                return node
        return None

    def is_message(self, expr: ast.expr, seen: frozenset[int] = frozenset()) -> bool:
        if id(expr) in seen:
            return False
        seen = seen | {id(expr)}
        if isinstance(expr, ast.IfExp):
            return self.is_message(expr.body, seen) and self.is_message(expr.orelse, seen)
        if isinstance(expr, ast.BoolOp):
            return all(self.is_message(v, seen) for v in expr.values)
        if isinstance(expr, ast.Call):
            return self._is_message_call(expr)
        if isinstance(expr, ast.Attribute):
            if expr.attr.endswith("_message") or expr.attr == "default_remedy":
                return True
            return isinstance(_resolve(expr, self.module), Message)
        if isinstance(expr, ast.Subscript):
            table = _resolve(expr.value, self.module)
            return isinstance(table, Mapping) and bool(table) and all(isinstance(v, Message) for v in table.values())
        if isinstance(expr, ast.Name):
            return self._is_message_name(expr, seen)
        return False

    def _is_message_call(self, call: ast.Call) -> bool:
        func = call.func
        if isinstance(func, ast.Subscript):  # a table of definitions: _WHY[kind](...)
            table = _resolve(func.value, self.module)
            return isinstance(table, Mapping) and bool(table) and all(
                isinstance(v, MessageDef) for v in table.values())
        target = _resolve(func, self.module)
        if isinstance(target, MessageDef):
            return True
        if callable(target) and not isinstance(target, type):
            try:
                returns = inspect.get_annotations(target).get("return")
            except TypeError:
                returns = None
            if returns in (Message, "Message"):
                return True
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return name in self.message_functions

    def _is_message_name(self, name: ast.Name, seen: frozenset[int]) -> bool:
        for function in self.enclosing_functions(name):
            if not isinstance(function, ast.Lambda):
                args = function.args
                for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
                    if arg.arg == name.id:
                        return _annotation_is_message(arg.annotation)
            values = list(self._assignments(function, name.id))
            if values:
                return all(v is True or (isinstance(v, ast.expr) and self.is_message(v, seen)) for v in values)
        return isinstance(getattr(self.module, name.id, None), Message)

    @staticmethod
    def _assignments(function: ast.AST, name: str) -> Iterator[ast.expr | bool | None]:
        """Each value assigned to ``name`` in ``function``: True if annotated Message, None if unknowable."""
        for node in ast.walk(function):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name) and target.id == name:
                        yield node.value
                    elif (isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                          and len(target.elts) == len(node.value.elts)
                          and all(isinstance(t, ast.Name) for t in target.elts)):
                        yield from (v for t, v in zip(target.elts, node.value.elts, strict=True)
                                    if isinstance(t, ast.Name) and t.id == name)
                    elif any(isinstance(t, ast.Name) and t.id == name for t in ast.walk(target)):
                        yield None  # unpacked: cannot tell
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
                yield True if _annotation_is_message(node.annotation) else node.value
            elif isinstance(node, ast.NamedExpr) and node.target.id == name:
                yield node.value
            elif isinstance(node, (ast.AugAssign, ast.For, ast.AsyncFor, ast.With, ast.AsyncWith)):
                targets = ([node.target] if isinstance(node, (ast.AugAssign, ast.For, ast.AsyncFor))
                           else [i.optional_vars for i in node.items if i.optional_vars is not None])
                if any(isinstance(t, ast.Name) and t.id == name for tt in targets for t in ast.walk(tt)):
                    yield None


def _error_class(call: ast.Call, checker: Checker, classes: Mapping[str, type[StationError]]
                 ) -> tuple[type[StationError], bool] | None:
    """The StationError class a call constructs (and whether it is a ``super().__init__``), or None."""
    func = call.func
    if (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and isinstance(func.value.func, ast.Name) and func.value.func.id == "super"):
        owner = checker.enclosing_class(call)
        cls = getattr(checker.module, owner.name, None) if owner is not None else None
        if isinstance(cls, type) and issubclass(cls, StationError) and cls is not StationError:
            parent = cls.__mro__[1]
            return (parent, True) if issubclass(parent, StationError) else None
        return None
    target = _resolve(func, checker.module)
    if isinstance(target, type) and issubclass(target, StationError):
        return target, False
    name = func.id if isinstance(func, ast.Name) else ""
    return (classes[name], False) if name in classes and target is None else None


def _checked_arguments(cls: type[StationError], call: ast.Call) -> Iterator[tuple[str, ast.expr]]:
    signature = inspect.signature(cls.__init__)
    params = list(signature.parameters.values())[1:]  # without self
    positional = [p for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    given: list[tuple[str, ast.expr]] = []
    for param, arg in zip(positional, call.args, strict=False):
        if not isinstance(arg, ast.Starred):
            given.append((param.name, arg))
    given += [(kw.arg, kw.value) for kw in call.keywords if kw.arg is not None]
    by_name = {p.name: p for p in params}
    for name, expr in given:
        known = by_name.get(name)
        if known is not None and _text_parameter(known):
            if isinstance(expr, ast.Constant) and expr.value == "" and name == "remedy":
                continue  # "" = the class's default remedy
            yield name, expr


def _text_parameter(param: inspect.Parameter | ast.arg) -> bool:
    """A parameter whose argument this scan checks at every construction."""
    if isinstance(param, ast.arg):
        name, annotation = param.arg, ast.unparse(param.annotation) if param.annotation else ""
    else:
        name, annotation = param.name, str(param.annotation)
    return name in ALWAYS_CHECKED or (name in CHECKED_IF_MESSAGE and "Message" in annotation)


def _forwards_checked_parameter(checker: Checker, call: ast.Call, expr: ast.expr) -> bool:
    """``super().__init__(cause, remedy=remedy)`` passing on the subclass's own checked parameter."""
    if not isinstance(expr, ast.Name):
        return False
    function = next(checker.enclosing_functions(call), None)
    if not isinstance(function, ast.FunctionDef) or function.name != "__init__":
        return False
    args = function.args
    return any(arg.arg == expr.id and _text_parameter(arg)
               for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs])


def offenders() -> list[Offender]:
    load_catalog()
    classes: dict[str, type[StationError]] = {}

    def walk(cls: type[StationError]) -> None:
        for sub in cls.__subclasses__():
            classes.setdefault(sub.__name__, sub)
            walk(sub)
    walk(StationError)
    classes["StationError"] = StationError

    found: list[Offender] = []
    for path in station_files():
        tree = ast.parse(path.read_text(), filename=str(path))
        checker = Checker(module_of(path), tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            hit = _error_class(node, checker, classes)
            if hit is None:
                continue
            cls, is_super = hit
            label = f"super({cls.__name__}).__init__" if is_super else cls.__name__
            for param, expr in _checked_arguments(cls, node):
                if is_super and _forwards_checked_parameter(checker, node, expr):
                    continue  # checked where the subclass is constructed
                if not checker.is_message(expr):
                    found.append(Offender(path.relative_to(ROOT).as_posix(), expr.lineno, label, param,
                                          _short(ast.unparse(expr))))
    return found


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def message_definitions() -> list[tuple[str, int, str, bool]]:
    """(path, line, id, at module or class level) of every ``message("id", ...)`` call under station/."""
    found = []
    for path in sorted((ROOT / "station").rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        top_level: set[int] = set()
        for stmt in tree.body:
            top_level |= {id(n) for n in _walk_outside_functions(stmt)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "message"
                    and node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append((path.relative_to(ROOT).as_posix(), node.lineno, node.args[0].value,
                              id(node) in top_level))
    return found


def _walk_outside_functions(node: ast.AST) -> Iterator[ast.AST]:
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            yield from _walk_outside_functions(child)


# -- tests ----------------------------------------------------------------------------------------------------

def test_every_station_error_gets_its_cause_and_remedy_as_messages() -> None:
    remaining = [str(o) for o in offenders()]
    assert remaining == [], "causes/remedies that are not Messages:\n" + "\n".join(remaining)


def test_every_default_remedy_is_a_message() -> None:
    load_catalog()
    bad: list[str] = []

    def walk(cls: type[StationError]) -> None:
        english_only = cls.__module__.startswith("station.cli.")  # the CLI stays English
        if not english_only and not isinstance(cls.__dict__.get("default_remedy", Message("x", "")), Message):
            bad.append(f"{cls.__module__}.{cls.__qualname__}")
        for sub in cls.__subclasses__():
            walk(sub)
    walk(StationError)
    assert bad == []


def test_every_message_renders_with_its_parameters() -> None:
    catalog = load_catalog()
    assert catalog
    for definition in catalog.values():
        params = {name: f"<{name}>" for name in definition.fields}
        rendered = definition(**params)
        text = rendered.text()
        assert text.strip(), definition.id
        for name in definition.fields:
            assert f"<{name}>" in text, (definition.id, name)
        assert Message.from_json(rendered.to_json()) == rendered


def test_message_ids_are_defined_once_at_module_level() -> None:
    definitions = message_definitions()
    sites: dict[str, list[str]] = defaultdict(list)
    for path, line, message_id, _ in definitions:
        sites[message_id].append(f"{path}:{line}")
    twice = {k: v for k, v in sites.items() if len(v) > 1}
    assert twice == {}, "define a message once and import it where the same text is needed"
    inside_functions = [f"{path}:{line} {message_id}" for path, line, message_id, top in definitions if not top]
    assert inside_functions == []
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9._-]*", m) for _, _, m, _ in definitions)
    # Every definition the scan saw is in the catalog (a message defined outside station/ would miss the .ts).
    catalog = load_catalog()
    assert {m for _, _, m, _ in definitions} <= set(catalog)


def test_the_scan_catches_a_str_cause_and_accepts_messages() -> None:
    """The checker itself, on a small module: fails on the forms it must refuse."""
    source = '''
from station.errors import CloudError, StationError
from station.messages import Message, message, plain
_GONE = message("test-sites.gone", "gone {x}")
_FIX = _GONE(x="1")

def ok(x: str, given: Message) -> None:
    cause = _GONE(x=x) if x else plain(x)
    raise CloudError(cause, remedy=_FIX)
    raise StationError(given, remedy=given or _FIX)

def bad(x: str) -> None:
    raise CloudError(f"gone {x}", remedy="Fix it.")
    raise StationError("gone " + x)
    text = "gone"
    raise StationError(text)
'''
    module = ModuleType("station_sites_probe")
    exec(compile(source, "probe", "exec"), module.__dict__)  # our own literal source, to run the checker on
    tree = ast.parse(source)
    checker = Checker(module, tree)
    verdicts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            hit = _error_class(node, checker, {})
            if hit is not None:
                verdicts += [(node.lineno, p, checker.is_message(e)) for p, e in _checked_arguments(hit[0], node)]
    assert sorted(verdicts) == [(9, "cause", True), (9, "remedy", True), (10, "cause", True), (10, "remedy", True),
                                (13, "cause", False), (13, "remedy", False), (14, "cause", False),
                                (16, "cause", False)]


if __name__ == "__main__":
    by_file: dict[str, list[Offender]] = defaultdict(list)
    for offender in offenders():
        by_file[offender.path].append(offender)
    for path, items in sorted(by_file.items()):
        print(f"{path}: {len(items)}")
        for item in items:
            print(f"  {item.line}: {item.call}({item.param}=) gets {item.source}")
    print(f"total: {sum(len(v) for v in by_file.values())}")
