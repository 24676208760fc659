"""Driver plug-ins: real distributions on sys.path declare entry points; the station loads, checks and chooses them."""

from __future__ import annotations

import ast
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from station.board import plugins
from station.board.choice import Choice, choose
from station.board.driver import LinkSettings, driver_spec, known_drivers
from station.board.plugins import ENTRY_POINT_GROUP, load_plugin_drivers, plugin_loads
from station.board.reference import ReferenceDriver
from station.domain import PortInfo
from tests.board.choice_helpers import answering_ports, scratch_registry

SETTINGS = LinkSettings(timeouts={"hello": 0.5})

#: A plug-in driver module as a third party would write it (docs/drivers.md shows the same shape).
ACME_MODULE = '''
"""Acme sensor boards: the reference protocol behind an Acme USB bridge."""
import serial
from station.board.reference import ReferenceDriver

REGISTERED = []

class AcmeDriver(ReferenceDriver):
    pass

def probe(port, settings, options):
    with serial.serial_for_url(port, baudrate=settings.baud, timeout=settings.timeout("hello")) as link:
        link.write(b"ACME?\\r\\n")
        answer = link.readline().strip()
    return answer.decode("ascii", "replace") if answer.startswith(b"ACME") else None

def register(register_driver):
    REGISTERED.append(1)
    register_driver("{name}", AcmeDriver, usb_ids=("C0DE:*",), probe=probe, description="Acme sensor boards")
'''


class Site:
    """A directory on sys.path that distributions are 'installed' into by writing their files."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def add(self, dist: str, module: str, code: str, entry_points: str) -> None:
        (self.root / f"{module}.py").write_text(textwrap.dedent(code), encoding="utf-8")
        info = self.root / f"{dist.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(f"[{ENTRY_POINT_GROUP}]\n{entry_points}\n", encoding="utf-8")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A fresh plug-in world: scratch registry, loader not yet run, a site dir first on sys.path."""
    scratch_registry(monkeypatch)
    monkeypatch.setattr(plugins, "_loaded", False)
    monkeypatch.setattr(plugins, "_results", [])
    root = tmp_path / "site"
    root.mkdir()
    monkeypatch.syspath_prepend(str(root))
    before = set(sys.modules)
    yield Site(root)
    for name in set(sys.modules) - before:  # the plug-in modules go with their directory
        if str(root) in str(getattr(sys.modules[name], "__file__", "") or ""):
            del sys.modules[name]


def test_an_installed_plugin_is_known_and_chosen_for_its_usb_id(site: Site) -> None:
    site.add("acme-station-drivers", "acme_drivers", ACME_MODULE.replace("{name}", "acme"),
             "acme = acme_drivers:register")
    load_plugin_drivers()
    assert "acme" in known_drivers()
    spec = driver_spec("acme")
    assert spec.origin == "acme-station-drivers" and spec.usb_ids == ("c0de:*",)
    assert issubclass(spec.factory, ReferenceDriver)  # type: ignore[arg-type]
    with answering_ports() as make:
        board, other = make(b"ACME-7 sensor\r\n"), make(None)
        assert choose(PortInfo(board.url, vid="c0de", pid="0001"), [], "reference", SETTINGS, lambda n: {}) == \
            Choice("acme", "ACME-7 sensor answered the acme probe (USB id c0de:0001)")
        assert choose(PortInfo(other.url, vid="c0de", pid="0002"), [], "reference", SETTINGS,
                      lambda n: {}).__class__.__name__ == "Ignored"
        assert board.lines == [b"ACME?"]
    assert [(r.drivers, r.error) for r in plugin_loads() if r.distribution == "acme-station-drivers"] == \
        [(["acme"], "")]


def test_loading_is_once_per_process(site: Site) -> None:
    site.add("acme-station-drivers", "acme_once", ACME_MODULE.replace("{name}", "acme-once"),
             "acme = acme_once:register")
    load_plugin_drivers()
    known_drivers()  # the registry's own lookups call the loader again
    load_plugin_drivers()
    assert sys.modules["acme_once"].REGISTERED == [1]


def test_broken_plugins_are_logged_and_skipped_and_cannot_shadow_a_driver(
        site: Site, caplog: pytest.LogCaptureFixture) -> None:
    site.add("broken-import", "broken_import", "raise ImportError('needs libacme.so')\n",
             "broken = broken_import:register")
    site.add("exits", "exits_plugin", "import sys\ndef register(register_driver):\n    sys.exit(3)\n",
             "exits = exits_plugin:register")
    site.add("half-done", "half_done", """
        def register(register_driver):
            register_driver("half-one", object, usb_ids=("1234:*",))
            raise RuntimeError("second driver failed")
        """, "half = half_done:register")
    site.add("not-callable", "not_callable", "register = 'oops'\n", "nc = not_callable:register")
    site.add("bad-ids", "bad_ids", "def register(r):\n    r('bad-ids', object, usb_ids='1915:*')\n",
             "bad = bad_ids:register")
    site.add("shadow", "shadow_plugin", """
        def register(register_driver):
            register_driver("reference", object)
            register_driver("shadow-ok", object, usb_ids=("4321:0001",))
        """, "shadow = shadow_plugin:register")
    reference = driver_spec("reference")
    with caplog.at_level(logging.INFO, "station.board"):
        load_plugin_drivers()
    names = known_drivers()
    assert "shadow-ok" in names and driver_spec("shadow-ok").origin == "shadow"
    assert "half-one" not in names and "bad-ids" not in names  # a failed register() commits nothing
    assert driver_spec("reference") == reference and reference.origin == "built-in"
    loads = {r.distribution: r for r in plugin_loads()}
    assert set(loads) >= {"broken-import", "exits", "half-done", "not-callable", "bad-ids", "shadow"}
    assert loads["broken-import"].error == "ImportError: needs libacme.so"
    assert loads["exits"].error == "SystemExit: 3"
    assert "RuntimeError: second driver failed" in loads["half-done"].error
    assert "not a callable" in loads["not-callable"].error
    assert "usb_ids" in loads["bad-ids"].error
    assert loads["shadow"].refused == ["reference"] and loads["shadow"].drivers == ["shadow-ok"]
    messages = [r.getMessage() for r in caplog.records]
    for dist in ("broken-import", "exits", "half-done", "not-callable", "bad-ids"):
        assert any(f"of {dist} skipped" in m for m in messages), dist
    assert any("of shadow" in m and "refused" in m and "'reference'" in m and "built-in" in m for m in messages)


PYPROJECT = f'''
[build-system]
requires = ["setuptools>=61"]
build-backend = "setuptools.build_meta"

[project]
name = "acme-station-drivers"
version = "1.0.0"
dependencies = ["provisioning-station"]

[project.entry-points."{ENTRY_POINT_GROUP}"]
acme = "acme_pip_drivers:register"

[tool.setuptools]
py-modules = ["acme_pip_drivers"]
'''


@pytest.mark.timeout(120)
def test_a_plugin_built_from_the_documented_pyproject_is_found(site: Site, tmp_path: Path) -> None:
    # docs/drivers.md's packaging route: setuptools turns the pyproject's entry-point table into the
    # distribution's metadata, which the loader finds on sys.path. (`egg_info`, not `pip install`: a wheel
    # build needs the `wheel` package, which the station's environment does not carry.)
    source = tmp_path / "acme-src"
    source.mkdir()
    (source / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (site.root / "acme_pip_drivers.py").write_text(ACME_MODULE.replace("{name}", "acme-pip"), encoding="utf-8")
    (source / "acme_pip_drivers.py").write_text("", encoding="utf-8")
    subprocess.run([sys.executable, "-c", "from setuptools import setup; setup()", "egg_info",
                    "--egg-base", str(site.root)], check=True, capture_output=True, cwd=source, timeout=110)
    load_plugin_drivers()
    assert driver_spec("acme-pip").origin == "acme-station-drivers"
    assert driver_spec("acme-pip").description == "Acme sensor boards"


ROOT = Path(__file__).resolve().parents[2]


def test_the_bundle_spec_names_the_loaders_group() -> None:
    tree = ast.parse((ROOT / "pyinstaller.spec").read_text(encoding="utf-8"))
    values = [node.value.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
              and any(getattr(t, "id", "") == "DRIVER_ENTRY_POINT_GROUP" for t in node.targets)
              and isinstance(node.value, ast.Constant)]
    assert values == [ENTRY_POINT_GROUP]


@pytest.mark.timeout(240)
def test_the_bundle_ships_installed_plugins_metadata_and_module(site: Site) -> None:
    pytest.importorskip("PyInstaller", reason="the bundle extra is not installed")
    site.add("acme-station-drivers", "acme_bundled", ACME_MODULE.replace("{name}", "acme-bundled"),
             "acme = acme_bundled:register")
    spec = ROOT / "pyinstaller.spec"
    namespace: dict[str, Any] = {"__name__": "__packaging_test__", "SPECPATH": str(ROOT), "__file__": str(spec)}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    assert "acme_bundled" in namespace["hiddenimports"]
    dests = {Path(dest).as_posix() for _, dest in namespace["datas"]}
    assert "acme_station_drivers-1.0.dist-info" in dests
    # In the bundle, importlib.metadata reads that directory: the entry point is in it.
    source = next(Path(src) for src, dest in namespace["datas"] if Path(dest).name.startswith("acme_station"))
    assert "acme = acme_bundled:register" in (source / "entry_points.txt").read_text(encoding="utf-8")
