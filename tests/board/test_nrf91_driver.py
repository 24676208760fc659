"""The nrf91 driver against the virtual nRF91 modem on real ptys (and socket://): both modes, the CFUN rule, faults."""

from __future__ import annotations

import datetime
import hashlib
import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from cryptography.x509.oid import NameOID

from station.board import at
from station.board.driver import LinkSettings, driver_spec
from station.board.errors import BoardRefused, BoardTimeout, LinkLost, MalformedFrame, ProtocolMismatch
from station.board.nrf91 import ModemRefused, ModemStayedActive, Nrf91Driver, probe
from station.domain import Capability, ObjectKind
from station.virtual.modem import CompanionPort, VirtualModem
from station.virtual.modem_faults import ModemFaults
from tests.board.conftest import FAST

ModemFactory = Callable[..., VirtualModem]
#: Modem flavours: AT host (quiet, or echoing), Zephyr shell (plain, or with VT100 colours).
FLAVOURS = {"at": {}, "at-echo": {"echo": True}, "shell": {"shell": True},
            "shell-vt100": {"shell": True, "vt100": True}}
NO_RETRY = LinkSettings(timeouts=dict(FAST.timeouts), retries=0)


@pytest.fixture
def make_modem() -> Iterator[ModemFactory]:
    modems: list[VirtualModem] = []

    def make(faults: str = "", transport: str = "pty", number: int = 1, **kwargs: Any) -> VirtualModem:
        modem = VirtualModem(number, modem_faults=ModemFaults.parse(faults), run_agent=False,
                             keygen_time=0.0, reboot_time=0.05, **kwargs)
        modems.append(modem)
        modem.start(transport)
        return modem

    yield make
    for modem in modems:
        modem.close()


def open_driver(modem: VirtualModem, settings: LinkSettings = FAST, **options: Any) -> Nrf91Driver:
    assert modem.url is not None
    drv = Nrf91Driver(modem.url, settings, options)
    drv.open()
    return drv


def certificate_for(csr_pem: bytes, ca_name: str = "Test CA") -> tuple[bytes, bytes]:
    """(client cert PEM for the CSR's key, CA cert PEM), both with a trailing newline like files have."""
    csr = x509.load_pem_x509_csr(csr_pem)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ca_name)])
    now = datetime.datetime.now(datetime.UTC)

    def build(subject: x509.Name, key: Any) -> bytes:
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(name).public_key(key)
                .serial_number(x509.random_serial_number()).not_valid_before(now)
                .not_valid_after(now + datetime.timedelta(days=1)).sign(ca_key, hashes.SHA256()))
        return cert.public_bytes(Encoding.PEM)

    return build(csr.subject, csr.public_key()), build(name, ca_key.public_key())


@pytest.mark.parametrize("flavour", list(FLAVOURS))
def test_identity_and_hello_in_each_mode(make_modem: ModemFactory, flavour: str) -> None:
    modem = make_modem(**FLAVOURS[flavour])
    drv = open_driver(modem)  # mode "auto": detects AT host or shell
    try:
        assert drv.mode is (at.Mode.SHELL if modem.shell else at.Mode.AT)
        hello = drv.hello()
        assert hello.capabilities == frozenset({Capability.CSR, Capability.REBOOT})
        assert hello.firmware == "mfw_nrf9160_1.3.5"
        ident = drv.identify()
        assert (ident.serial, ident.imei, ident.model, ident.hw_revision, ident.fw_version) == \
            (modem.imei, modem.imei, "nRF9160-SICA", "B1A", "mfw_nrf9160_1.3.5")
        assert modem.cmee == 1  # error codes switched on first
    finally:
        drv.close()


@pytest.mark.parametrize(("flavour", "transport"), [("at", "pty"), ("shell-vt100", "pty"), ("at", "socket"),
                                                    ("shell", "socket"), ("shell-unescape-lf", "pty")])
def test_key_csr_writes_and_read_back(make_modem: ModemFactory, flavour: str, transport: str) -> None:
    # shell-unescape-lf: NCS's CONFIG_AT_SHELL_UNESCAPE_LF on; the \x0a escapes store the same bytes anyway.
    kwargs = {"shell": True, "unescape_lf": True} if flavour == "shell-unescape-lf" else FLAVOURS[flavour]
    modem = make_modem(transport=transport, boot_cfun=1, **kwargs)
    drv = open_driver(modem, mode="shell" if modem.shell else "at")
    try:
        thing = f"nrf-{modem.imei}"
        csr_pem = drv.generate_csr(thing)
        csr = x509.load_pem_x509_csr(csr_pem)
        assert csr.is_signature_valid
        assert csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == thing
        assert csr.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo) == \
            modem.key_public_der(201)
        assert modem.cfun == 4  # it was online: the station took it offline for the writes
        cert, ca = certificate_for(csr_pem)
        for kind, data, ctype in ((ObjectKind.CA, ca, 0), (ObjectKind.CERT, cert, 1)):
            got = drv.write_object(kind, data)
            # The modem hashes the PEM without its trailing newline (nrfcredstore's convention).
            assert got == drv.digest(kind, data) == hashlib.sha256(data.rstrip()).hexdigest()
            assert modem.credential(201, ctype) == data.rstrip()
        back = drv.read_back()
        assert back.public_key_der is None
        assert back.hashes == {ObjectKind.CA: drv.digest(ObjectKind.CA, ca),
                               ObjectKind.CERT: drv.digest(ObjectKind.CERT, cert)}
    finally:
        drv.close()
    assert modem.cfun == 1  # close() gave back the mode it found


def test_offline_modem_is_left_in_its_mode(make_modem: ModemFactory) -> None:
    modem = make_modem(boot_cfun=0)
    with open_driver(modem) as drv:
        drv.generate_csr("thing-1")
        assert modem.cfun == 0  # mode 0 already allows writes: nothing to change or restore
    assert modem.cfun == 0


@pytest.mark.parametrize("flavour", ["at", "shell"])
def test_reboot_hands_the_modem_to_its_application(make_modem: ModemFactory, flavour: str) -> None:
    modem = make_modem(boot_cfun=0, **FLAVOURS[flavour])
    boots = modem.boots
    with open_driver(modem) as drv:
        drv.generate_csr("thing-1")
        drv.reboot()
        if modem.shell:
            assert modem.boots == boots + 1  # `kernel reboot cold`, and the prompt came back
            drv.identify()  # still talking after the reboot
            assert modem.cmee == 1  # error numbers switched on again (+CMEE does not survive a reboot)
        else:
            assert modem.cfun == 1  # AT host: the application's modem comes online
    assert modem.cfun == (0 if modem.shell else 1)  # close() did not take it back offline


def test_modem_that_stays_active_is_refused_with_a_cause(make_modem: ModemFactory) -> None:
    modem = make_modem("active", boot_cfun=1)
    with open_driver(modem) as drv, pytest.raises(ModemStayedActive) as err:
        drv.generate_csr("thing-1")
    assert not isinstance(err.value, BoardRefused)  # the pipeline reads a refused CSR as "cannot make keys"
    assert "stayed active" in err.value.cause and "AT+CFUN=4" in err.value.cause
    assert "application" in err.value.remedy
    assert modem.keygens == 0


def test_full_credential_memory_names_the_cme_cause(make_modem: ModemFactory) -> None:
    modem = make_modem()
    with open_driver(modem) as drv:
        cert, _ = certificate_for(drv.generate_csr("thing-1"))
        modem.modem_faults.update(full=True)
        with pytest.raises(ModemRefused) as err:
            drv.write_object(ObjectKind.CERT, cert)
    assert err.value.cme_code == 515 and err.value.code == "515"
    assert "memory is full" in err.value.cause and "Delete unused credentials" in err.value.remedy


def test_a_modem_that_will_not_overwrite_gets_its_old_certificate_deleted_first(make_modem: ModemFactory) -> None:
    modem = make_modem("no-overwrite")  # such firmware answers 519 (already exists) to a write over an item
    with open_driver(modem) as drv:
        old, _ = certificate_for(drv.generate_csr("thing-1"))
        drv.write_object(ObjectKind.CERT, old)
        new, _ = certificate_for(drv.generate_csr("thing-1"))  # a re-run: a new key, a new certificate
        assert drv.write_object(ObjectKind.CERT, new) == drv.digest(ObjectKind.CERT, new)
    assert modem.credential(drv.sec_tag, 1) == new.rstrip()  # the new one replaced the old one


@pytest.mark.parametrize("flavour", ["at", "shell"])
def test_garbled_answers_are_retried(make_modem: ModemFactory, flavour: str) -> None:
    modem = make_modem("garble:1", **FLAVOURS[flavour])  # the OK of the mode detection's AT
    with open_driver(modem) as drv:
        assert drv.mode is (at.Mode.SHELL if modem.shell else at.Mode.AT)
        modem.modem_faults.update(garble=2)  # the IMEI line, then the retried one
        assert drv.identify().imei == modem.imei
        modem.modem_faults.update(garble=1)
        cert, _ = certificate_for(drv.generate_csr("thing-1"))
        modem.modem_faults.update(garble=1)  # the write's OK, then the listing is fine
        assert drv.write_object(ObjectKind.CERT, cert) == drv.digest(ObjectKind.CERT, cert)


def test_garbled_beyond_the_retries_is_a_typed_error(make_modem: ModemFactory) -> None:
    modem = make_modem()
    with open_driver(modem, NO_RETRY) as drv:
        modem.modem_faults.update(garble=1)
        with pytest.raises(MalformedFrame) as err:
            drv.identify()  # the IMEI line is damaged
        assert "imei" in err.value.cause or "+CGSN" in err.value.cause


def test_link_dropped_mid_certificate_write_is_link_lost(make_modem: ModemFactory) -> None:
    modem = make_modem("drop:cert")
    drv = open_driver(modem)
    try:
        cert, ca = certificate_for(drv.generate_csr("thing-1"))
        drv.write_object(ObjectKind.CA, ca)
        with pytest.raises((LinkLost, BoardTimeout)) as err:
            drv.write_object(ObjectKind.CERT, cert)
        assert isinstance(err.value, LinkLost), err.value
    finally:
        drv.close()
    assert modem.credential(201, 1) is None


def test_cloud_key_fallback_is_refused(make_modem: ModemFactory) -> None:
    modem = make_modem()
    with open_driver(modem) as drv:
        assert drv.traits.key_import is False and drv.traits.reads_public_key is False
        assert drv.traits.keeps_key is False and drv.traits.serial_from_silicon is True
        assert drv.traits.stores == frozenset({ObjectKind.CA, ObjectKind.CERT})
        with pytest.raises(BoardRefused) as err:
            drv.write_object(ObjectKind.KEY, b"-----BEGIN PRIVATE KEY-----\n...")
    assert "must be made by the modem" in err.value.cause


def test_endpoint_and_thing_go_to_the_named_settings_in_shell_mode(make_modem: ModemFactory) -> None:
    modem = make_modem(shell=True)
    with open_driver(modem, endpoint_setting="app/endpoint", thing_setting="app/thing") as drv:
        assert {ObjectKind.ENDPOINT, ObjectKind.THING} <= drv.traits.stores
        assert drv.read_back().hashes == {}  # nothing stored yet: absent, not an error
        endpoint = b"abc123-ats.iot.eu-west-1.amazonaws.com"
        assert drv.write_object(ObjectKind.ENDPOINT, endpoint) == drv.digest(ObjectKind.ENDPOINT, endpoint)
        assert drv.write_object(ObjectKind.THING, b"nrf-1\n") == drv.digest(ObjectKind.THING, b"nrf-1")
        assert modem.setting("app/endpoint") == endpoint.decode() and modem.setting("app/thing") == "nrf-1"
        assert drv.read_back().hashes == {ObjectKind.ENDPOINT: drv.digest(ObjectKind.ENDPOINT, endpoint),
                                          ObjectKind.THING: drv.digest(ObjectKind.THING, b"nrf-1")}


def test_settings_need_the_shell(make_modem: ModemFactory) -> None:
    modem = make_modem()
    with open_driver(modem, endpoint_setting="app/endpoint") as drv, pytest.raises(ProtocolMismatch):
        drv.write_object(ObjectKind.ENDPOINT, b"x.example.com")


@pytest.mark.parametrize(("kwargs", "field"), [({"imei": "352656100367873"}, "imei"),
                                               ({"model": "nRF52840-QIAA"}, "model")])
def test_untrusted_identity_is_refused_naming_the_field(make_modem: ModemFactory, kwargs: dict[str, Any],
                                                        field: str) -> None:
    modem = make_modem(**kwargs)
    with open_driver(modem, NO_RETRY) as drv, pytest.raises(MalformedFrame) as err:
        drv.identify()
    assert f"'{field}'" in err.value.cause and "cannot trust" in err.value.remedy


def test_probe_answers_the_model_for_modems_and_none_for_other_ports(make_modem: ModemFactory) -> None:
    at_modem = make_modem(model="nRF9151-LACA")
    shell_modem = make_modem(shell=True, vt100=True, number=2)
    assert at_modem.url is not None and shell_modem.url is not None
    assert probe(at_modem.url, FAST, {}) == "nRF9151-LACA"
    assert probe(shell_modem.url, FAST, {"mode": "auto"}) == "nRF9160-SICA"
    others = [CompanionPort("dk-if01", garbage=False), CompanionPort("dk-if02", garbage=True)]
    try:
        assert probe(others[0].start("pty"), FAST, {}) is None  # silent: not resent
        assert probe(others[1].start("pty"), FAST, {}) is None  # answers binary noise: not resent either
        assert others[1].commands_received == 2  # `AT` raw and through the shell, once each
    finally:
        for port in others:
            port.close()
    spec = driver_spec("nrf91")
    assert spec.probe is probe and spec.usb_ids == ("1915:*", "1366:*") and spec.factory is Nrf91Driver


def test_nrfcredstore_agrees_on_the_written_text_and_the_csr(make_modem: ModemFactory) -> None:
    """nrfcredstore (Nordic's tool) as the oracle: the same %CMNG text, hash and CSR DER as the driver's."""
    credstore = pytest.importorskip(
        "nrfcredstore.credstore",
        reason="nrfcredstore not installed (pip install --no-deps nrfcredstore==2.1.0); its other modules need "
               "pynrfjprog, only credstore.py is used here")

    class Recorder:
        """Stands in for nrfcredstore's serial command interface; the modem's own answer is passed through."""

        def __init__(self, keygen: str) -> None:
            self.sent: list[str] = []
            self.keygen = keygen

        def at_command(self, command: str, wait_for_result: bool = False) -> bool:
            self.sent.append(command)
            return True

        def get_csr(self, sectag: int = 0, attributes: str = "") -> str:
            return self.keygen

    modem = make_modem()
    with open_driver(modem) as drv:
        csr_pem = drv.generate_csr("thing-1")
        cert, _ = certificate_for(csr_pem)
        ours = drv.write_object(ObjectKind.CERT, cert)
        # The modem's raw %KEYGEN answer, decoded by both sides.
        line = drv._command('AT%KEYGEN=201,2,0,"CN=thing-2"', "keygen", parse=lambda r: r.lines[0])
    blob = line.split('"')[1]
    recorder = Recorder(blob)
    store = credstore.CredStore(recorder)
    store.write(201, credstore.CredType.CLIENT_CERT, io.StringIO(cert.decode()))
    assert recorder.sent == [f'AT%CMNG=0,201,1,"{cert.decode().rstrip()}"']
    sent_text = recorder.sent[0].split(",", 3)[3][1:-1]
    assert hashlib.sha256(sent_text.encode()).hexdigest() == ours  # nrfcredstore's expected-hash convention
    der = io.BytesIO()
    der.close = lambda: None  # type: ignore[method-assign]  # keygen() closes the file it wrote
    store.keygen(201, der, "CN=thing-2")
    assert der.getvalue() == at.parse_keygen([line])[0]
    assert x509.load_der_x509_csr(der.getvalue()).public_key().public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo) == modem.key_public_der(201)


def test_slow_keygen_times_out_without_a_second_key(make_modem: ModemFactory) -> None:
    """%KEYGEN is never resent after silence: a late first answer would pair a CSR with the wrong key."""
    modem = make_modem("slow-keygen:1.5")
    short = LinkSettings(timeouts={**FAST.timeouts, "keygen": 0.3}, retries=2)
    with open_driver(modem, short) as drv:
        before = modem.commands_received
        with pytest.raises(BoardTimeout) as err:
            drv.generate_csr("thing-1")
        assert modem.commands_received - before == 2  # AT+CFUN? and one AT%KEYGEN
    assert "timeouts.keygen" in err.value.remedy
