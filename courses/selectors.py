"""Reads that span relations. Placeholder until the courses issue lands."""

from elearn.accounts.models import LearnerProfile


def featured_courses(*, limit: int = 3) -> list:
    return []


def site_counts() -> dict:
    return {"learners": LearnerProfile.objects.count(), "certificates": 0}
