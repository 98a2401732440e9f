"""Factories shared by every test module."""

import factory
from django.conf import settings
from django.utils import timezone

from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation, User

DEFAULT_PASSWORD = "Mat-khau-an-toan-2026"


class AdministrativeUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdministrativeUnit
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"T{n:05d}")
    name = factory.Sequence(lambda n: f"Xã Thử Nghiệm {n}")
    level = AdministrativeUnit.Level.COMMUNE
    parent = factory.LazyFunction(
        lambda: AdministrativeUnit.objects.get_or_create(
            code="40", defaults={"name": "Tỉnh Nghệ An", "level": AdministrativeUnit.Level.PROVINCE}
        )[0]
    )


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Cơ quan {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.Sequence(lambda n: f"user{n}@example.vn")
    password = factory.PostGenerationMethodCall("set_password", DEFAULT_PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class LearnerProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LearnerProfile

    user = factory.SubFactory(UserFactory)
    full_name = factory.Sequence(lambda n: f"Nguyễn Văn Học {n}")
    audience = LearnerProfile.Audience.RESIDENT
    administrative_unit = factory.SubFactory(AdministrativeUnitFactory)
    consent_given_at = factory.LazyFunction(timezone.now)
    consent_policy_version = settings.PRIVACY_POLICY_VERSION


def learner(**kwargs) -> User:
    """A user with a learner profile."""
    return LearnerProfileFactory(**kwargs).user
