"""The STORAGES entries for S3-compatible object storage, from the environment (see base.py)."""


def s3_storages(environ) -> dict:
    """``default`` (public media) and ``private`` (certificates, exports) S3 storages."""
    common = {
        "endpoint_url": environ.get("S3_ENDPOINT_URL") or None,
        "region_name": environ.get("S3_REGION", "us-east-1"),
        "access_key": environ.get("S3_ACCESS_KEY_ID", ""),
        "secret_key": environ.get("S3_SECRET_ACCESS_KEY", ""),
        "addressing_style": environ.get("S3_ADDRESSING_STYLE") or None,
        "file_overwrite": False,
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": environ["S3_BUCKET"],
                # "public-read", or empty where the bucket's policy makes it public (ACLs disabled).
                "default_acl": environ.get("S3_PUBLIC_ACL", "public-read") or None,
                "querystring_auth": False,
                "custom_domain": environ.get("S3_PUBLIC_DOMAIN") or None,
            },
        },
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "bucket_name": environ.get("S3_PRIVATE_BUCKET", ""),
                "default_acl": "private",
                "querystring_expire": 300,
            },
        },
    }
