from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from elearn.collation import vietnamese_key

from .choices import Audience
from .models import AdministrativeUnit, LearnerProfile, Organisation
from .names import PersonNameField
from .services import profile_create


def commune_queryset():
    return AdministrativeUnit.objects.filter(level=AdministrativeUnit.Level.COMMUNE, is_active=True)


class VietnameseOrderIterator(ModelChoiceIterator):
    """Choices in Vietnamese alphabetical order (Đ after D, not after Z), whatever the database."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        yield from sorted((self.choice(obj) for obj in self.queryset), key=lambda choice: vietnamese_key(choice[1]))


class VietnameseOrderChoiceField(forms.ModelChoiceField):
    iterator = VietnameseOrderIterator


class ProfileFieldsMixin(forms.Form):
    full_name = PersonNameField(
        label=_("Full name"), help_text=_("Your name with diacritics, as it should appear on certificates.")
    )
    audience = forms.ChoiceField(label=_("You are"), choices=Audience.choices)
    administrative_unit = VietnameseOrderChoiceField(
        label=_("Commune / ward"),
        queryset=AdministrativeUnit.objects.none(),
        empty_label=_("— Choose your commune or ward —"),
    )
    organisation = VietnameseOrderChoiceField(
        label=_("Agency or business (optional)"),
        queryset=Organisation.objects.all(),
        required=False,
        empty_label=_("— None —"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["administrative_unit"].queryset = commune_queryset()


class ConsentMixin(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I agree that the platform processes my personal data (name, commune/ward, "
            "organisation, phone number, learning results) as described in the privacy policy."
        ),
        error_messages={"required": _("You must agree to the processing of your personal data to create an account.")},
    )


class ProfileSignupForm(ProfileFieldsMixin, ConsentMixin):
    """Extra fields allauth adds to its sign-up form (ACCOUNT_SIGNUP_FORM_CLASS).

    allauth adds the phone number, the email and the passwords (ACCOUNT_SIGNUP_FIELDS): both are
    optional there, and at least one is required here. Consent comes last, right before the button.
    """

    field_order = [
        "full_name",
        "phone",
        "email",
        "audience",
        "administrative_unit",
        "organisation",
        "password1",
        "password2",
        "consent",
    ]

    def clean(self):
        data = super().clean()
        if not data.get("phone") and not data.get("email") and not {"phone", "email"} & set(self.errors):
            self.add_error("phone", _("Enter your phone number or your email (at least one of them)."))
        return data

    def signup(self, request, user):
        data = self.cleaned_data
        profile_create(
            user=user,
            full_name=data["full_name"],
            audience=data["audience"],
            administrative_unit=data["administrative_unit"],
            organisation=data.get("organisation"),
        )


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = LearnerProfile
        fields = ["full_name", "audience", "administrative_unit", "organisation"]


class ProfileCreateForm(ProfileFieldsMixin, ConsentMixin):
    """For accounts made without the sign-up form (e.g. staff made in the admin)."""


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct. Nothing was deleted."))
        return password
