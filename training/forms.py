"""The assignment form of the admin, and the learner's notification choices."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import CoursePage
from courses.scope import trainer_scope
from elearn.accounts.phones import normalise_phone

from .models import OPTIONAL_KINDS, Notification
from .scope import is_restricted, organisations_assignable, units_assignable
from .services import assignment_members_notify


class AssignmentForm(WagtailAdminModelForm):
    people = forms.CharField(
        label=_("People"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Email addresses or phone numbers, one per line. They are assigned whatever the criteria above."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")
        user = self.for_user
        if user is not None:
            self.fields["organisation"].queryset = organisations_assignable(user=user)
            self.fields["administrative_unit"].queryset = units_assignable(user=user)
        if self.instance.pk:
            self.initial["people"] = "\n".join(
                u.email or u.phone for u in self.instance.learners.order_by("email", "phone")
            )
        self._people: list = []

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if not self.instance.pk and deadline < timezone.localdate():
            raise forms.ValidationError(_("The deadline cannot be in the past."))
        return deadline

    def clean_people(self):
        lines = [line.strip() for line in self.cleaned_data.get("people", "").splitlines() if line.strip()]
        User = get_user_model()
        found, unknown = [], []
        for line in lines:
            if "@" in line:
                user = User.objects.filter(email__iexact=line).first()
            else:
                try:
                    user = User.objects.filter(phone=normalise_phone(line)).first()
                except ValidationError:
                    user = None
            if user is None:
                unknown.append(line)
            else:
                found.append(user)
        if unknown:
            raise forms.ValidationError(
                _("No account has these emails or phone numbers: %(list)s. Nothing was saved yet."),
                params={"list": ", ".join(unknown)},
            )
        if self.for_user is not None and is_restricted(self.for_user) and found:
            visible = set(
                User.objects.filter(
                    trainer_scope(self.for_user).q("profile__"), pk__in=[u.pk for u in found]
                ).values_list("pk", flat=True)
            )
            outside = [u.email or u.phone for u in found if u.pk not in visible]
            if outside:
                raise forms.ValidationError(
                    _("These people are outside your organisation: %(list)s."), params={"list": ", ".join(outside)}
                )
        self._people = found
        return "\n".join(lines)

    def clean(self):
        data = super().clean()
        criteria = data.get("organisation") or data.get("administrative_unit") or data.get("audience")
        if not criteria and not self._people and not self.errors:
            raise forms.ValidationError(
                _("Choose whom the course is for: an organisation, an administrative unit, an audience or people.")
            )
        if (
            self.for_user is not None
            and is_restricted(self.for_user)
            and not (data.get("organisation") or data.get("administrative_unit"))
            and not self._people
        ):
            self.add_error("organisation", _("Choose your organisation (or list the people)."))
        return data

    def save(self, commit=True):
        assignment = super().save(commit=False)
        if not assignment.pk and self.for_user is not None:
            assignment.created_by = self.for_user
        if commit:
            assignment.save()
            assignment.learners.set(self._people)
            assignment_members_notify(assignment=assignment)
        return assignment


class PreferencesForm(forms.Form):
    """The optional kinds a learner receives; required-training notices are always sent."""

    receive = forms.MultipleChoiceField(
        label=_("Send me"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(kind.value, kind.label) for kind in Notification.Kind if kind in OPTIONAL_KINDS],
    )

    def stopped(self) -> list[str]:
        return [kind for kind in OPTIONAL_KINDS if kind not in self.cleaned_data["receive"]]
