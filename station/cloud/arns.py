"""ARNs and hosts per AWS partition: aws, aws-cn (China regions) and aws-us-gov (GovCloud regions)."""

from __future__ import annotations

from typing import Literal

Partition = Literal["aws", "aws-cn", "aws-us-gov"]


def partition_for_region(region: str) -> Partition:
    """The partition a region belongs to: cn-* -> aws-cn, us-gov-* -> aws-us-gov, every other -> aws."""
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    return "aws"


def dns_suffix(region: str) -> str:
    """The DNS suffix of the region's service endpoints (amazonaws.com, or amazonaws.com.cn in China)."""
    return "amazonaws.com.cn" if partition_for_region(region) == "aws-cn" else "amazonaws.com"


def arn(service: str, region: str, account: str, resource: str) -> str:
    """arn:<partition>:<service>:<region>:<account>:<resource>, the partition taken from the region."""
    return f"arn:{partition_for_region(region)}:{service}:{region}:{account}:{resource}"


def iot_arn(region: str, account: str, resource: str) -> str:
    """An AWS IoT resource ARN, e.g. iot_arn("eu-west-1", "123456789012", "thinggroup/line-a")."""
    return arn("iot", region, account, resource)
