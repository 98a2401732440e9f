from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_move_profile_phone_to_user"),
    ]

    operations = [
        migrations.RemoveField(model_name="learnerprofile", name="phone"),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                condition=models.Q(("email", ""), _negated=True), fields=("email",), name="user_email_unique"
            ),
        ),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                condition=models.Q(("phone", ""), _negated=True), fields=("phone",), name="user_phone_unique"
            ),
        ),
    ]
