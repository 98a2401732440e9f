"""One phone per person, on the user: copy each learner profile's number, normalised to E.164.

A number that does not normalise (the old form accepted only some mobile formats) or that another
person already holds is left out; it was optional, unverified and never used to sign in.
"""

from django.db import migrations


def forwards(apps, schema_editor):
    from elearn.accounts.phones import phone_or_none

    LearnerProfile = apps.get_model("accounts", "LearnerProfile")
    User = apps.get_model("accounts", "User")
    taken = set(User.objects.exclude(phone="").values_list("phone", flat=True))
    rows = LearnerProfile.objects.exclude(phone="").order_by("created_at", "pk").values_list("user_id", "phone")
    for user_id, raw in rows.iterator():
        e164 = phone_or_none(raw)
        if e164 and e164 not in taken:
            taken.add(e164)
            User.objects.filter(pk=user_id, phone="").update(phone=e164, phone_verified=False)


def backwards(apps, schema_editor):
    LearnerProfile = apps.get_model("accounts", "LearnerProfile")
    User = apps.get_model("accounts", "User")
    for user_id, phone in User.objects.exclude(phone="").values_list("pk", "phone").iterator():
        LearnerProfile.objects.filter(user_id=user_id).update(phone="0" + phone.removeprefix("+84"))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_user_phone"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
