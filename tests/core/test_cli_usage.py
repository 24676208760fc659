"""Bad command lines end in a one-line usage error (exit 2) before anything starts, never a traceback or a hang."""

from __future__ import annotations

import pytest

from station.cli.main import main


@pytest.mark.parametrize(("argv", "says"), [
    (["demo", "--boards", "0"], "--boards must be between 1 and 256, not 0"),
    (["demo", "--boards", "-1"], "--boards must be between 1 and 256, not -1"),
    (["demo", "--boards", "many"], "--boards wants a whole number"),
    (["demo", "--fault", "1=bogus"], "--fault 1=bogus: bad fault spec item 'bogus'"),
    (["demo", "--fault", "0=corrupt:2"], "--fault wants BOARD=SPEC with BOARD from 1"),
])
def test_bad_demo_arguments_are_usage_errors(argv: list[str], says: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2 and says in err and "Traceback" not in err
