"""Bootstrap also creates the private catalog bucket and the pre-sign role, once."""

from __future__ import annotations

from station.cloud.bootstrap import bootstrap, presign_role_policy, presign_trust_policy
from station.cloud.connect import EmbeddedCloud
from station.profile import Profile


def test_bucket_and_role_are_created_once(embedded: EmbeddedCloud, profile: Profile) -> None:
    # Bootstrap is the engineer's; the account administrator inspects what it made.
    again = {a.resource: a.action for a in bootstrap(embedded.as_role("engineer"), profile)}  # ran once already
    cloud = embedded.admin_cloud
    assert cloud is not None
    assert again["bucket provisioning-station-catalog"] == "exists"
    assert again["role provisioning-station-jobs-presign"] == "exists"
    assert again["role policy provisioning-station-jobs-presign/catalog-read"] == "exists"
    assert set(again.values()) == {"exists"}

    iam = cloud.client("iam")
    role = iam.get_role(RoleName="provisioning-station-jobs-presign")["Role"]
    assert role["AssumeRolePolicyDocument"] == presign_trust_policy(
        partition="aws", region=cloud.target.region, account=cloud.account_id())
    policy = iam.get_role_policy(RoleName=role["RoleName"], PolicyName="catalog-read")["PolicyDocument"]
    assert policy == presign_role_policy("aws", profile.catalog)
    [statement] = policy["Statement"]
    assert statement["Action"] == "s3:GetObject"
    assert statement["Resource"] == "arn:aws:s3:::provisioning-station-catalog/catalog/*"
    block = cloud.client("s3").get_public_access_block(Bucket="provisioning-station-catalog")
    assert all(block["PublicAccessBlockConfiguration"].values())
