"""Certificates in the Wagtail admin: list, filter, revoke, re-issue, download a course's ZIP."""
