from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import Audience, Level
from .models.snippets import Topic


class CatalogueFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search courses"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("e.g. dich vu cong")}),
    )
    audience = forms.ChoiceField(label=_("For"), required=False, choices=[("", _("Everyone"))] + Audience.choices)
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        required=False,
        queryset=Topic.objects.all(),
        to_field_name="slug",
        empty_label=_("All topics"),
    )
    level = forms.ChoiceField(label=_("Level"), required=False, choices=[("", _("All levels"))] + Level.choices)
