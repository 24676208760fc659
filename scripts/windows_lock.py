"""Write the Windows lock (scripts/locks/windows-py311.txt): every runtime and bundle dependency as Windows wheels.

Run it after changing pyproject's dependencies or extras, and commit the result:

    python scripts/windows_lock.py            # rewrite the lock
    python scripts/windows_lock.py --check    # exit 1 if the committed lock is stale (what tests/packaging does)

`pip download --platform win_amd64` evaluates environment markers for the machine it runs on, so Windows-only
dependencies (colorama, pefile, pywin32-ctypes) silently drop out of a Linux resolution. uv's resolver evaluates
them for the target (`--python-platform x86_64-pc-windows-msvc --python-version 3.11`), and `--only-binary :all:`
makes every pin a wheel: a line PC never compiles anything. uv comes from PyPI (the dev extra).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "scripts" / "locks" / "windows-py311.txt"
#: pyproject's dependencies plus what the Windows bundle carries: the embedded cloud (demo mode, --self-test)
#: and PyInstaller.
EXTRAS = ("cloud", "bundle")
WINDOWS = "x86_64-pc-windows-msvc"
PYTHON = "3.11"  # the version docs/windows.md builds with (PySide6 6.12 is excluded on 3.11 by pyproject)
COMMAND = "python scripts/windows_lock.py"

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


class LockError(Exception):
    """The resolver failed or is missing; the message says why."""


def uv_binary() -> str:
    """The uv executable installed with the dev extra (the `uv` package on PyPI ships it)."""
    try:
        from uv import find_uv_bin
    except ImportError:
        raise LockError("uv is not installed in this environment: pip install -e .[dev]") from None
    return str(find_uv_bin())


def compile_lock(output: Path, *, platform: str = WINDOWS, constraints: Path | None = None,
                 timeout: float = 300) -> None:
    """Resolve pyproject (+ EXTRAS) for ``platform`` and Python PYTHON into ``output``; LockError on failure.

    With ``constraints`` (a lock) every pin in it is imposed: the resolution succeeds only if those very
    versions still resolve together, as wheels, for the platform.
    """
    cmd = [uv_binary(), "pip", "compile", str(ROOT / "pyproject.toml"), *(f"--extra={e}" for e in EXTRAS),
           "--python-platform", platform, "--python-version", PYTHON, "--only-binary", ":all:",
           "--custom-compile-command", COMMAND, "--quiet", "--output-file", str(output)]
    if constraints is not None:
        cmd += ["--constraints", str(constraints)]
    try:
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise LockError(f"uv pip compile did not finish in {timeout:.0f} s (no access to the package index?)") \
            from None
    if done.returncode != 0:
        raise LockError(f"uv pip compile failed for {platform} (exit {done.returncode}):\n{done.stderr.strip()}")


def pins(text: str) -> dict[str, str]:
    """{normalized name: version} of a requirements file's ``name==version`` lines (comments ignored)."""
    found = {}
    for line in text.splitlines():
        m = _PIN.match(line.strip())
        if m:
            found[re.sub(r"[-_.]+", "-", m.group(1)).lower()] = m.group(2)
    return found


def stale(lock: Path, work: Path) -> list[str]:
    """Why the committed ``lock`` no longer describes a Windows install ([] when it does); uses ``work`` as scratch.

    Not byte equality: PyPI publishes new releases daily (botocore, certifi ...), so a fresh resolution
    drifts from any committed file within days. The lock is current when (1) a fresh resolution has the
    same package names (no dependency appeared or went away) and (2) every pinned version still resolves
    together as Windows wheels (resolving with the lock as constraints gives back exactly the lock).
    """
    committed = pins(lock.read_text(encoding="utf-8"))
    fresh_file, pinned_file = work / "fresh.txt", work / "pinned.txt"
    compile_lock(fresh_file)
    fresh = pins(fresh_file.read_text(encoding="utf-8"))
    problems = []
    if set(fresh) != set(committed):
        problems.append(f"packages added since the lock: {sorted(set(fresh) - set(committed))}; "
                        f"dropped: {sorted(set(committed) - set(fresh))}")
    try:
        compile_lock(pinned_file, constraints=lock)
    except LockError as e:
        return [*problems, f"the locked versions do not resolve: {e}"]
    pinned = pins(pinned_file.read_text(encoding="utf-8"))
    if pinned != committed:
        changed = sorted(n for n in set(pinned) | set(committed) if pinned.get(n) != committed.get(n))
        problems.append(f"the locked versions do not resolve as they stand: {changed}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true", help="only check that the committed lock is current")
    args = p.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory(prefix="windows-lock-") as work:
                problems = stale(LOCK, Path(work))
            for problem in problems:
                print(f"{LOCK.relative_to(ROOT)} is stale: {problem}; run `{COMMAND}`", file=sys.stderr)
            return 1 if problems else 0
        LOCK.parent.mkdir(parents=True, exist_ok=True)
        compile_lock(LOCK)
    except LockError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    print(f"wrote {LOCK.relative_to(ROOT)}: {len(pins(LOCK.read_text(encoding='utf-8')))} packages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
