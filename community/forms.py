"""The team's forms: Vietnamese errors, nothing lost on a bad row, choices limited to the member's units."""

import csv
import io
import uuid

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage, LessonPage
from courses.models.pages import live_lessons
from elearn.accounts.choices import Audience
from elearn.accounts.names import PersonNameField
from elearn.accounts.phones import PhoneNumberField, mask_phone, phone_or_none

from .models import AssistedConsent
from .scope import member_communes, residents_q

User = get_user_model()
MAX_CSV_ROWS = 500
MAX_CSV_BYTES = 200_000


def resident_label(user) -> str:
    """How a resident is shown in the team's lists: name and masked phone."""
    phone = mask_phone(user.phone) if user.phone else ""
    return f"{user.display_name} ({phone})" if phone else user.display_name


class ResidentChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return resident_label(obj)


class SingleResidentChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return resident_label(obj)


def scope_residents(scope):
    return User.objects.filter(residents_q(scope)).select_related("profile").order_by("profile__full_name", "pk")


class ResidentRegisterForm(forms.Form):
    full_name = PersonNameField(label=_("Resident's full name"), help_text=_("With diacritics, as on their ID card."))
    phone = PhoneNumberField(
        label=_("Resident's mobile number"),
        help_text=_("The resident receives an SMS at this number to set their own password."),
    )
    administrative_unit = forms.ModelChoiceField(label=_("Commune / ward"), queryset=None, empty_label=None)
    audience = forms.ChoiceField(label=_("The resident is"), choices=Audience.choices, initial=Audience.RESIDENT)
    consent_method = forms.ChoiceField(
        label=_("How the resident agreed to the privacy policy"),
        choices=AssistedConsent.Method.choices,
        widget=forms.RadioSelect,
    )
    paper_form_number = forms.CharField(
        label=_("Paper form number"), required=False, max_length=50, help_text=_("Only for a paper form.")
    )
    confirm = forms.BooleanField(
        label=_("I confirm that the resident understood and agreed to the privacy policy themselves."),
        error_messages={"required": _("The resident must agree themselves before the account is created.")},
    )

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["administrative_unit"].queryset = member_communes(scope)

    def clean(self):
        data = super().clean()
        if data.get("consent_method") == AssistedConsent.Method.PAPER and not data.get("paper_form_number", "").strip():
            self.add_error("paper_form_number", _("Enter the number of the paper form the resident signed."))
        return data


def _phones_from_csv(upload) -> list[tuple[int, str]]:
    """(row number, text) for each non-empty first cell; a header row ("phone", "số điện thoại") is skipped."""
    if upload.size > MAX_CSV_BYTES:
        raise ValidationError(_("The file is too large (at most 200 KB)."))
    try:
        text = upload.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(_("The file cannot be read: save it as CSV UTF-8.")) from None
    rows = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        cell = (row[0] if row else "").strip()
        if not cell or (number == 1 and not any(ch.isdigit() for ch in cell)):
            continue
        rows.append((number, cell))
    if len(rows) > MAX_CSV_ROWS:
        raise ValidationError(_("At most %(max)d rows in one file.") % {"max": MAX_CSV_ROWS})
    return rows


class EnrolForm(forms.Form):
    courses = forms.ModelMultipleChoiceField(
        label=_("Courses"), queryset=CoursePage.objects.none(), widget=forms.CheckboxSelectMultiple
    )
    residents = ResidentChoiceField(label=_("Residents of your communes"), queryset=User.objects.none(), required=False)
    phones_file = forms.FileField(
        label=_("Or a CSV file of phone numbers"),
        required=False,
        help_text=_("One phone number per row, in the first column."),
    )

    def __init__(self, *args, scope, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        self.fields["courses"].queryset = CoursePage.objects.live().order_by("title")
        self.fields["residents"].queryset = scope_residents(scope)
        self.row_errors: list[str] = []

    def clean(self):
        data = super().clean()
        chosen = list(data.get("residents") or [])
        upload = data.get("phones_file")
        if upload:
            try:
                rows = _phones_from_csv(upload)
            except ValidationError as error:
                self.add_error("phones_file", error)
                return data
            phones = {}
            for number, cell in rows:
                e164 = phone_or_none(cell)
                if e164 is None:
                    self.row_errors.append(
                        _("Row %(row)d: “%(value)s” is not a Vietnamese mobile number.")
                        % {"row": number, "value": cell}
                    )
                else:
                    phones.setdefault(e164, (number, cell))
            found = {u.phone: u for u in scope_residents(self.scope).filter(phone__in=phones)}
            for e164, (number, cell) in phones.items():
                if e164 not in found:
                    # One message for "no account" and "another commune": the team must not learn who
                    # has an account elsewhere.
                    self.row_errors.append(
                        _("Row %(row)d: no resident of your communes has the number %(value)s.")
                        % {"row": number, "value": cell}
                    )
            chosen += [u for u in found.values() if u not in chosen]
            if self.row_errors:
                raise ValidationError(_("Nothing was enrolled: correct the rows below and send the file again."))
        if not chosen and not self.errors:
            raise ValidationError(_("Choose at least one resident or upload a file of phone numbers."))
        data["all_residents"] = chosen
        return data


class CourseChoiceForm(forms.Form):
    course = forms.ModelChoiceField(label=_("Course taught"), queryset=CoursePage.objects.none(), empty_label=None)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = CoursePage.objects.live().order_by("title")


class LessonChoiceField(forms.ModelMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        if obj.completable_in_person:
            return _("%(title)s (completed by attending)") % {"title": obj.title}
        return obj.title


class SessionForm(forms.Form):
    token = forms.UUIDField(widget=forms.HiddenInput)
    course = forms.ModelChoiceField(queryset=CoursePage.objects.none(), widget=forms.HiddenInput)
    held_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    place = forms.CharField(label=_("Place"), max_length=200, help_text=_("E.g. Nhà văn hóa thôn 3."))
    administrative_unit = forms.ModelChoiceField(label=_("Commune / ward"), queryset=None, empty_label=None)
    lessons = LessonChoiceField(label=_("Lessons covered"), queryset=LessonPage.objects.none())
    led_by = forms.ModelChoiceField(label=_("Led by"), queryset=User.objects.none(), empty_label=None)

    def __init__(self, *args, scope, course, member, **kwargs):
        kwargs.setdefault("initial", {})
        kwargs["initial"].setdefault("token", uuid.uuid4())
        kwargs["initial"].setdefault("course", course.pk)
        kwargs["initial"].setdefault("led_by", member.pk)
        super().__init__(*args, **kwargs)
        self.course = course
        self.fields["course"].queryset = CoursePage.objects.live().filter(pk=course.pk)
        self.fields["administrative_unit"].queryset = member_communes(scope)
        self.fields["lessons"].queryset = live_lessons(course).filter(quizpage__isnull=True).order_by("path")
        team = Q(is_active=True, is_staff=True, trainer_scope__administrative_units__path__in=scope.unit_paths)
        self.fields["led_by"].queryset = User.objects.filter(team | Q(pk=member.pk)).distinct().order_by("pk")
        self.fields["led_by"].label_from_instance = lambda user: user.display_name


class AttendanceResidentsForm(forms.Form):
    residents = ResidentChoiceField(label=_("Residents with an account"), queryset=User.objects.none())

    def __init__(self, *args, scope, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["residents"].queryset = scope_residents(scope).exclude(village_attendances__session=session)


class GuestForm(forms.Form):
    full_name = PersonNameField(label=_("Full name"))
    phone = PhoneNumberField(label=_("Mobile number"))


class MergeForm(forms.Form):
    resident = SingleResidentChoiceField(label=_("The resident's account"), queryset=User.objects.none())

    def __init__(self, *args, scope, attendance, **kwargs):
        super().__init__(*args, **kwargs)
        residents = scope_residents(scope)
        self.fields["resident"].queryset = residents
        same_phone = residents.filter(phone=attendance.phone).first() if attendance.phone else None
        if same_phone is not None:
            self.fields["resident"].initial = same_phone.pk
        self.same_phone = same_phone
