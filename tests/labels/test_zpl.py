"""The label's ZPL: the profile's template filled from a unit, fields in dots, QR sized, board text escaped."""

from __future__ import annotations

import dataclasses
import re

from station.labels.template import LabelData, layout
from station.labels.zpl import escape, label_zpl, qr_modules
from station.profile import LabelField, LabelSettings, load_profile

UNIT = LabelData(serial="SN-0042", thing_name="demo-SN-0042", firmware="1.1.0", config="1", model="sensor-a",
                 hw="B", batch="2026-11-30", station="line-1", date="2026-11-30")


def fields(zpl: bytes) -> list[str]:
    """The field data (between ^FD and ^FS) of a label, in order."""
    return re.findall(r"\^FD(.*?)\^FS", zpl.decode())


def test_demo_profile_label_carries_serial_thing_firmware_and_a_qr_of_the_thing() -> None:
    settings = load_profile(None).labels
    zpl = label_zpl(settings, layout(settings, UNIT))
    text = zpl.decode()
    assert text.startswith("^XA^CI28") and text.rstrip().endswith("^PQ1^XZ")  # UTF-8, one copy
    # 50 x 25 mm at 203 dpi: 400 x 200 dots.
    assert "^PW400^LL200" in text
    assert fields(zpl) == ["SN-0042", "demo-SN-0042", "fw 1.1.0  sensor-a rev B", "MA,demo-SN-0042"]
    # The serial at 3 mm, 3 mm, 4 mm high: 24, 24 and 32 dots.
    assert "^FO24,24^A0N,32,32^FH^FDSN-0042^FS" in text
    # The QR at 30 mm, 3 mm; 18 mm = 144 dots fits a 21-module code at 6 dots a module.
    assert qr_modules("demo-SN-0042") == 21
    assert "^FO240,24^BQN,2,6^FH^FDMA,demo-SN-0042^FS" in text


def test_copies_and_dpi_come_from_the_profile() -> None:
    settings = LabelSettings(enabled=True, printer="tcp://printer", dpi=300, copies=2,
                             fields=(LabelField("text", 10, 5, 2.5, "{model}/{hw} {batch} {station} {date}"),))
    text = label_zpl(settings, layout(settings, UNIT)).decode()
    assert "^PW591^LL295" in text and "^FO118,59^A0N,30,30" in text and text.rstrip().endswith("^PQ2^XZ")
    assert fields(text.encode()) == ["sensor-a/B 2026-11-30 line-1 2026-11-30"]
    assert label_zpl(settings, layout(settings, UNIT), copies=3).decode().rstrip().endswith("^PQ3^XZ")


def test_board_text_cannot_inject_zpl_commands() -> None:
    """A serial carrying ^ and ~ commands, control characters and a placeholder stays one field's data."""
    hostile = LabelData(serial="X^XZ^XA^FO0,0^GB400,200,200^FS~JR_\x1b[2J\r\n\x00\u202e{thing_name}",
                        thing_name="t~HS^PQ99", firmware="1.0^XZ")
    settings = load_profile(None).labels
    zpl = label_zpl(settings, layout(settings, hostile)).decode()
    # One format, exactly the template's fields, no command but ours.
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1 and zpl.count("~") == 0
    assert zpl.count("^FD") == len(settings.fields) and "^PQ99" not in zpl and "^GB" not in zpl
    assert not re.search(r"[\x00-\x1f\u202e]", zpl.replace("\n", "")) and zpl.endswith("^XZ\n")
    # The data is there, escaped (^ -> _5E, ~ -> _7E, _ -> _5F): the printer shows it as text.
    assert fields(zpl.encode())[0] == "X_5EXZ_5EXA_5EFO0,0_5EGB400,200,200_5EFS_7EJR_5F[2J{thing_5Fname}"
    assert escape("a^b~c_d") == "a_5Eb_7Ec_5Fd"


def test_unicode_is_sent_as_utf8() -> None:
    settings = dataclasses.replace(load_profile(None).labels, fields=(LabelField("text", 1, 1, 3, "{model}"),))
    zpl = label_zpl(settings, layout(settings, dataclasses.replace(UNIT, model="Cảm biến 传感器")))
    assert "Cảm biến 传感器".encode() in zpl and b"^CI28" in zpl


def test_a_long_value_is_bounded() -> None:
    settings = load_profile(None).labels
    placed = layout(settings, dataclasses.replace(UNIT, serial="S" * 100_000))
    assert len(placed[0].text) <= 128
