"""The embedded broker applies thing-group policies as AWS IoT does: only for client id == an attached thing."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import sys
import time
import types
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from station.cloud.bootstrap import bootstrap
from station.cloud.connect import EmbeddedCloud
from station.cloud.policy import device_policy
from station.errors import LocalCloudError
from station.localcloud import group_policies
from station.localcloud.launcher import LocalCloud
from station.localcloud.server import EXIT_HOOKS_MISSING
from station.profile import Profile
from tests.localcloud._helpers import client

pytestmark = [pytest.mark.timeout(240), pytest.mark.cloud]

CONNECT_ANY = {"Version": "2012-10-17",
               "Statement": [{"Effect": "Allow", "Action": "iot:Connect", "Resource": "*"}]}


def _name(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


class Refused(Exception):
    """The broker refused the connection (no CONNACK) or the subscription (SUBACK 0x80)."""


class Account:
    """The embedded account arranged with plain boto3 and the root key, and devices that dial its broker."""

    def __init__(self, cloud: LocalCloud) -> None:
        self.cloud = cloud
        self.ep = cloud.endpoints
        self.iot = client(self.ep, "iot")
        account = client(self.ep, "sts").get_caller_identity()["Account"]
        self.arn = f"arn:aws:iot:{self.ep.region}:{account}"
        self.device_doc = device_policy(partition="aws", region=self.ep.region, account=account)

    def policy(self, doc: dict[str, Any]) -> str:
        name = _name("pol")
        self.iot.create_policy(policyName=name, policyDocument=json.dumps(doc))
        return name

    def group(self, parent: str | None = None) -> str:
        name = _name("grp")
        extra: dict[str, Any] = {"parentGroupName": parent} if parent else {}
        self.iot.create_thing_group(thingGroupName=name, **extra)
        return name

    def group_arn(self, group: str) -> str:
        return f"{self.arn}:thinggroup/{group}"

    def device(self, thing: str) -> Device:
        """A thing with a certificate from a key generated here (CreateCertificateFromCsr), attached to it."""
        self.iot.create_thing(thingName=thing)
        key = ec.generate_private_key(ec.SECP256R1())
        csr = x509.CertificateSigningRequestBuilder().subject_name(
            x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, thing)])).sign(key, hashes.SHA256())
        cert = self.iot.create_certificate_from_csr(
            certificateSigningRequest=csr.public_bytes(serialization.Encoding.PEM).decode(), setAsActive=True)
        self.iot.attach_thing_principal(thingName=thing, principal=cert["certificateArn"])
        key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
        return Device(self, thing, cert["certificateArn"], cert["certificatePem"].encode(), key_pem)


class Device:
    def __init__(self, account: Account, thing: str, cert_arn: str, cert_pem: bytes, key_pem: bytes) -> None:
        self.account, self.thing, self.cert_arn = account, thing, cert_arn
        self._cert, self._key = cert_pem, key_pem

    def connect(self, client_id: str | None = None) -> Any:
        """An MQTT 3.1.1 mTLS connection as ``client_id`` (default: the thing name); Refused if no CONNACK."""
        from awsiot import mqtt_connection_builder

        ep = self.account.ep
        conn: Any = mqtt_connection_builder.mtls_from_bytes(
            endpoint=ep.mqtt_host, port=ep.mqtt_port, cert_bytes=self._cert, pri_key_bytes=self._key,
            ca_bytes=self.account.cloud.ca_pem(), client_id=client_id or self.thing, clean_session=True,
            keep_alive_secs=30)
        try:
            conn.connect().result(15)
        except Exception as exc:  # 3.1.1: the broker closes the socket instead of a CONNACK
            raise Refused(f"connect as {client_id or self.thing}: {exc}") from exc
        return conn

    def subscribe_own_jobs(self, conn: Any) -> None:
        from awscrt import mqtt

        future, _ = conn.subscribe(topic=f"$aws/things/{self.thing}/jobs/notify-next",
                                   qos=mqtt.QoS.AT_LEAST_ONCE, callback=lambda **_kw: None)
        try:
            result = future.result(15)
        except Exception as exc:  # 3.1.1, as on AWS: an unauthorized SUBSCRIBE closes the connection
            raise Refused(f"subscribe: {exc}") from exc
        if result.get("qos") is None:  # SUBACK 0x80
            raise Refused("subscribe refused")

    def works(self, client_id: str | None = None) -> bool:
        """Connect and subscribe to the thing's own jobs topic; False if either is refused."""
        try:
            conn = self.connect(client_id)
        except Refused:
            return False
        try:
            self.subscribe_own_jobs(conn)
            return True
        except Refused:
            return False
        finally:
            with contextlib.suppress(Exception):  # already closed by the broker
                conn.disconnect().result(10)


@pytest.fixture
def account(cloud: LocalCloud) -> Account:
    return Account(cloud)


def test_group_policy_applies_when_the_client_id_is_the_attached_thing(account: Account) -> None:
    group = account.group()
    account.iot.attach_policy(policyName=account.policy(account.device_doc), target=account.group_arn(group))
    dev = account.device(_name("thing"))
    account.iot.add_thing_to_thing_group(thingGroupName=group, thingName=dev.thing)
    # Nothing on the certificate: the group is the only source of permission.
    assert account.iot.list_attached_policies(target=dev.cert_arn)["policies"] == []
    assert dev.works()


def test_group_policy_is_not_applied_for_another_client_id(account: Account) -> None:
    group = account.group()
    # Connect-anything on the group: only the client-id rule can refuse the connections below.
    for doc in (account.device_doc, CONNECT_ANY):
        account.iot.attach_policy(policyName=account.policy(doc), target=account.group_arn(group))
    dev = account.device(_name("thing"))
    other = account.device(_name("thing"))  # in the group, but not attached to dev's certificate
    for d in (dev, other):
        account.iot.add_thing_to_thing_group(thingGroupName=group, thingName=d.thing)
    assert dev.works()
    with pytest.raises(Refused):
        dev.connect(_name("not-a-thing")).disconnect()
    with pytest.raises(Refused):
        dev.connect(other.thing).disconnect()


def test_leaving_the_group_or_detaching_the_policy_takes_the_permission_away(account: Account) -> None:
    group = account.group()
    policy = account.policy(account.device_doc)
    account.iot.attach_policy(policyName=policy, target=account.group_arn(group))
    dev = account.device(_name("thing"))
    account.iot.add_thing_to_thing_group(thingGroupName=group, thingName=dev.thing)
    assert dev.works()

    account.iot.remove_thing_from_thing_group(thingGroupName=group, thingName=dev.thing)
    assert not dev.works()
    account.iot.add_thing_to_thing_group(thingGroupName=group, thingName=dev.thing)
    assert dev.works()

    account.iot.detach_policy(policyName=policy, target=account.group_arn(group))
    assert not dev.works()


def test_detaching_the_thing_from_the_certificate_takes_the_group_policy_away(account: Account) -> None:
    group = account.group()
    account.iot.attach_policy(policyName=account.policy(CONNECT_ANY), target=account.group_arn(group))
    dev = account.device(_name("thing"))
    account.iot.add_thing_to_thing_group(thingGroupName=group, thingName=dev.thing)
    dev.connect().disconnect().result(10)
    account.iot.detach_thing_principal(thingName=dev.thing, principal=dev.cert_arn)

    def refused() -> bool:
        try:
            dev.connect().disconnect().result(10)
        except Refused:
            return True
        return False

    # DetachThingPrincipal may complete asynchronously (as on AWS): wait for it, bounded.
    deadline = time.monotonic() + 30
    while not refused():
        assert time.monotonic() < deadline, "still connects after the thing was detached from the certificate"
        time.sleep(0.5)


def test_a_parent_groups_policy_is_inherited(account: Account) -> None:
    parent = account.group()
    child = account.group(parent=parent)
    account.iot.attach_policy(policyName=account.policy(account.device_doc), target=account.group_arn(parent))
    dev = account.device(_name("thing"))
    account.iot.add_thing_to_thing_group(thingGroupName=child, thingName=dev.thing)
    assert dev.works()


def test_a_deny_in_a_group_policy_overrides_the_certificates_allow(account: Account) -> None:
    dev = account.device(_name("thing"))
    account.iot.attach_policy(policyName=account.policy(account.device_doc), target=dev.cert_arn)
    assert dev.works()
    group = account.group()
    deny = {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "iot:Subscribe", "Resource": "*"}]}
    account.iot.attach_policy(policyName=account.policy(deny), target=account.group_arn(group))
    account.iot.add_thing_to_thing_group(thingGroupName=group, thingName=dev.thing)
    conn = dev.connect()  # Connect is still allowed (the certificate's policy, no Deny on it)
    try:
        with pytest.raises(Refused):
            dev.subscribe_own_jobs(conn)
    finally:
        with contextlib.suppress(Exception):  # the broker closed it at the refused SUBSCRIBE
            conn.disconnect().result(10)


def test_a_certificate_policy_works_as_before(account: Account) -> None:
    dev = account.device(_name("thing"))  # in no group at all
    account.iot.attach_policy(policyName=account.policy(account.device_doc), target=dev.cert_arn)
    assert dev.works()
    with pytest.raises(Refused):  # the device policy itself ties the client id to the thing name
        dev.connect(_name("not-a-thing")).disconnect()
    free = account.device(_name("thing"))
    account.iot.attach_policy(policyName=account.policy(CONNECT_ANY), target=free.cert_arn)
    free.connect(_name("any-client")).disconnect().result(10)  # certificate policies need no thing match


# -- the hook itself -------------------------------------------------------------------------------


def _fake_iot(**overrides: Any) -> types.SimpleNamespace:
    def _mqtt_policy_allows(account_id: str, region: str, certificate_id: str, context: dict[str, Any],
                            action: str, resource: str, provisioning_template: str | None = None) -> bool:
        return False

    names = {name: object() for name in group_policies.REQUIRED}
    names["_mqtt_policy_allows"] = _mqtt_policy_allows
    names.update(overrides)
    return types.SimpleNamespace(**names)


def test_install_refuses_a_ministack_without_the_internals() -> None:
    fake = _fake_iot()
    del fake._thing_groups
    with pytest.raises(RuntimeError, match="_thing_groups"):
        group_policies.install(fake)
    with pytest.raises(RuntimeError, match="expected"):
        group_policies.install(_fake_iot(_mqtt_policy_allows=lambda certificate_id, action: False))


def test_install_is_idempotent_and_the_installed_ministack_has_the_internals() -> None:
    pytest.importorskip("ministack")
    import ministack.services.iot as iot

    original = iot._mqtt_policy_allows
    try:
        group_policies.install(iot)
        once = iot._mqtt_policy_allows
        group_policies.install(iot)
        assert iot._mqtt_policy_allows is once is not original
    finally:
        iot._mqtt_policy_allows = original


def test_the_child_refuses_to_start_without_the_group_policy_internals(tmp_path: Path) -> None:
    # A ministack that still has the certificate-required hooks but moved the broker's policy lookup.
    cmd = [sys.executable, "-c",
           "import runpy, ministack.services.iot as iot; del iot._mqtt_policy_allows; "
           "runpy.run_module('station.localcloud.server', run_name='__main__')"]
    with pytest.raises(LocalCloudError) as err:
        LocalCloud(tmp_path, command=cmd).start(timeout=30)
    assert f"code {EXIT_HOOKS_MISSING}" in err.value.cause and "_mqtt_policy_allows" in err.value.cause


# -- end to end: a profile that puts the device policy on the groups -------------------------------


@pytest.fixture
def group_embedded(embedded: EmbeddedCloud, profile: Profile) -> Iterator[tuple[EmbeddedCloud, Profile]]:
    on_groups = dataclasses.replace(profile, policy_attach_to="group")
    embedded.grant(on_groups)  # both identities' policies re-rendered for attach_to = "group"
    bootstrap(embedded.as_role("engineer"), on_groups)  # attaches the device policy to every group
    yield embedded, on_groups


@pytest.mark.slow
def test_a_unit_reaches_ready_with_the_device_policy_on_its_group_only(
        group_embedded: tuple[EmbeddedCloud, Profile]) -> None:
    from station.jobs.demo_content import seed_demo_catalog
    from station.jobs.follow import CloudJobSource
    from station.virtual.fleet import BoardSpec, VirtualFleet
    from tests.integration.helpers import iot_client, run_station

    embedded, profile = group_embedded
    cloud = embedded.as_role("station")
    iot = iot_client(cloud)
    seed_demo_catalog(cloud, profile)
    with VirtualFleet(specs=[BoardSpec("sensor-a", "B")]) as fleet:
        summary, _, station = run_station(profile, cloud, fleet, jobs=CloudJobSource(cloud, ttl=0.5), timeout=150)
        assert summary.ready == 1, summary.units
        board = fleet.boards[0]
        # The device itself ran the firmware job over MQTT, authorized by its group's policy alone.
        assert board.firmware.running_version == "1.1.0"
    calls = station.services.caller.calls
    assert calls.get("AttachThingPrincipal") == 1 and "AttachPolicy" not in calls, calls
    thing = f"sensor-a-{board.identity.serial}"
    (cert_arn,) = iot.list_thing_principals(thingName=thing)["principals"]
    assert iot.list_attached_policies(target=cert_arn)["policies"] == []
    groups = [g["groupName"] for g in iot.list_thing_groups_for_thing(thingName=thing)["thingGroups"]]
    assert groups and all(
        profile.policy_name in [p["policyName"] for p in iot.list_attached_policies(
            target=cloud.arn(f"thinggroup/{g}"))["policies"]] for g in groups)
