from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from elearn.collation import vietnamese_key

from .choices import Audience
from .models import AdministrativeUnit, LearnerProfile, Organisation
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
    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("Your name with diacritics, as it should appear on certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
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
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        max_length=15,
        required=False,
        validators=LearnerProfile._meta.get_field("phone").validators,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["administrative_unit"].queryset = commune_queryset()

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please enter your full name."))
        return name


class ConsentMixin(forms.Form):
    consent = forms.BooleanField(
        label=_(
            "I agree that the platform processes my personal data (name, commune/ward, "
            "organisation, phone number, learning results) as described in the privacy policy."
        ),
        error_messages={"required": _("You must agree to the processing of your personal data to create an account.")},
    )


class ProfileSignupForm(ProfileFieldsMixin, ConsentMixin):
    """Extra fields allauth adds to its sign-up form (ACCOUNT_SIGNUP_FORM_CLASS)."""

    # allauth adds email and passwords; consent comes last, right before the button.
    field_order = [
        "email",
        "full_name",
        "audience",
        "administrative_unit",
        "organisation",
        "phone",
        "password1",
        "password2",
        "consent",
    ]

    def signup(self, request, user):
        data = self.cleaned_data
        profile_create(
            user=user,
            full_name=data["full_name"],
            audience=data["audience"],
            administrative_unit=data["administrative_unit"],
            organisation=data.get("organisation"),
            phone=data.get("phone", ""),
        )


class ProfileForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = LearnerProfile
        fields = ["full_name", "audience", "administrative_unit", "organisation", "phone"]


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
