"""The report filter sets: read by the views, applied to enrollments by the selectors."""

import django_filters
from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect

from elearn.accounts.models import AdministrativeUnit, LearnerProfile, Organisation

from .. import report_selectors as selectors
from ..models import CoursePage, Enrollment
from .base import indented_unit_name

# --- Filters -----------------------------------------------------------------------------


class IndentedUnitIterator(ModelChoiceIterator):
    """The unit select shows the tree (a dash per level below the province); the active-filter chip,
    which uses ``label_from_instance``, shows the plain name."""

    def choice(self, obj):
        value, label = super().choice(obj)
        return value, indented_unit_name(obj.path, label)


class UnitChoiceField(django_filters.fields.ModelChoiceField):
    iterator = IndentedUnitIterator

    def label_from_instance(self, obj):
        return obj.name


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


def _units(request):
    return selectors.units_for_report(user=request.user)


def _organisations(request):
    return selectors.organisations_for_report(user=request.user)


def _enrolled_at():
    return django_filters.DateFromToRangeFilter(label=_("Enrolled between"), widget=DateRangePickerWidget)


def _audience():
    return django_filters.ChoiceFilter(
        label=_("Audience"), choices=LearnerProfile.Audience.choices, empty_label=_("All"), widget=forms.RadioSelect
    )


def _unit():
    return UnitFilter(
        label=_("Administrative unit"),
        queryset=_units,
        empty_label=_("All units"),
        help_text=_("Includes every unit below it."),
    )


def _organisation():
    return django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=_organisations, empty_label=_("All organisations")
    )


def _course(empty_label):
    return django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=CoursePage.objects.order_by("title"), empty_label=empty_label
    )


class ReportFilterSet(WagtailFilterSet):
    """Report filters are read by the views and turned into conditions on enrollments."""

    class Meta:
        model = Enrollment
        fields = []


class CourseCompletionFilterSet(ReportFilterSet):
    enrolled_at = _enrolled_at()
    audience = _audience()
    administrative_unit = _unit()
    organisation = _organisation()


class CourseLearnersFilterSet(ReportFilterSet):
    course = _course(_("Choose a course"))
    administrative_unit = _unit()
    organisation = _organisation()
    completed = django_filters.BooleanFilter(label=_("Completed"), widget=BooleanRadioSelect)


class UnitReportFilterSet(ReportFilterSet):
    course = _course(_("All courses"))
    enrolled_at = _enrolled_at()
    audience = _audience()
    level = django_filters.ChoiceFilter(
        label=_("Level"), choices=AdministrativeUnit.Level.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    within = UnitFilter(label=_("Within"), queryset=_units, empty_label=_("All units"))


class OrganisationReportFilterSet(ReportFilterSet):
    course = _course(_("All courses"))
    enrolled_at = _enrolled_at()
    audience = _audience()
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=Organisation.Kind.choices, empty_label=_("All"), widget=forms.RadioSelect
    )


class TargetReportFilterSet(ReportFilterSet):
    current = django_filters.BooleanFilter(
        label=_("Current"), widget=BooleanRadioSelect, help_text=_("Started and not past the deadline.")
    )
    administrative_unit = _unit()
    organisation = _organisation()
