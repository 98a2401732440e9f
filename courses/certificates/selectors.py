"""Which certificates a staff member may reach: through the one scope rule (``courses.scope``).

Every admin listing, filter choice, staff download and ZIP of certificates starts here, so a
trainer or community team scoped to some units never meets a learner outside them.
"""

from django.db.models import QuerySet

from elearn.accounts.models import AdministrativeUnit

from ..models import Certificate, Enrollment
from ..scope import trainer_scope, units_in_scope

VIEW_PERMISSION = "courses.view_certificate"


def certificates_for_staff(*, user) -> QuerySet[Certificate]:
    """The certificates of the learners ``user`` may see: all, those of their scope, or none (lazy)."""
    return Certificate.objects.filter(trainer_scope(user, permission=VIEW_PERMISSION).q("user__profile__"))


def units_for_staff(*, user) -> QuerySet[AdministrativeUnit]:
    """The units ``user`` may filter certificates by (the reports' rule, with the certificates' permission)."""
    return units_in_scope(user, permission=VIEW_PERMISSION)


def enrollments_missing_certificate() -> QuerySet[Enrollment]:
    """Completed enrollments of courses that issue certificates, with no certificate (lazy, by id)."""
    return Enrollment.objects.filter(
        completed_at__isnull=False, course__issues_certificate=True, certificate__isnull=True
    ).order_by("pk")


def certificates_missing_pdf() -> QuerySet[Certificate]:
    """Certificates whose PDF was never drawn (lazy, by id); files lost from storage need a check each."""
    return Certificate.objects.filter(pdf="").order_by("pk")
