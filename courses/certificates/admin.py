"""Certificates in the Wagtail admin: list, filter, revoke, re-issue, ask for a course's ZIP (``downloads``).

Certificates are never created or deleted by hand: they are issued on completion and
revoked with a reason. Editing means a name correction (re-issue) or a revocation,
each recorded in the certificate's audit trail. Every screen reaches certificates through
``selectors.certificates_for_staff``: a scoped trainer or community team sees its learners only.
"""

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from elearn.accounts.names import PersonNameField
from elearn.downloads.services import prepared_download_request

from ..models import Certificate, CoursePage
from .downloads import CERTIFICATES_ZIP, zip_params
from .selectors import certificates_for_staff, units_for_staff
from .services import certificate_reissue, certificate_revoke


class CertificatePermissionPolicy(ModelPermissionPolicy):
    """Nobody adds or deletes certificates in the admin; revocation keeps the record."""

    def user_has_permission(self, user, action):
        return action not in {"add", "delete"} and super().user_has_permission(user, action)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class CertificateFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Course"), queryset=CoursePage.objects.order_by("title")
    )
    issued_on = django_filters.DateFromToRangeFilter(label=gettext_lazy("Issue date"), widget=DateRangePickerWidget)
    administrative_unit = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Administrative unit (and below)"),
        queryset=lambda request: units_for_staff(user=request.user),
        method="filter_unit",
    )
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Certificate.Status.choices)

    class Meta:
        model = Certificate
        fields = ["course", "issued_on", "administrative_unit", "status"]

    def filter_unit(self, queryset, name, value):
        return queryset.filter(value.descendant_filter("user__profile__administrative_unit__"))


class ReissueForm(forms.Form):
    learner_name = PersonNameField(label=gettext_lazy("Corrected name"))
    reason = forms.CharField(label=gettext_lazy("Reason"), max_length=300, required=False)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason for revocation"),
        max_length=300,
        error_messages={"required": gettext_lazy("Give the reason for revoking the certificate.")},
    )


class CertificateActionsView(WagtailAdminTemplateMixin, TemplateView):
    """The 'edit' screen of a certificate: its audit trail, a name correction, a revocation."""

    template_name = "courses/admin/certificate_actions.html"
    header_icon = "success"

    def dispatch(self, request, pk):
        if not request.user.has_perm("courses.change_certificate"):
            raise PermissionDenied
        self.certificate = get_object_or_404(
            certificates_for_staff(user=request.user).select_related("course", "user"), pk=pk
        )
        self.reissue_form = ReissueForm(
            request.POST if "reissue" in request.POST else None,
            initial={"learner_name": self.certificate.learner_name},
        )
        self.revoke_form = RevokeForm(request.POST if "revoke" in request.POST else None)
        return super().dispatch(request, pk=pk)

    def get_page_title(self):
        return _("Certificate %(code)s") % {"code": self.certificate.display_code}

    def post(self, request, pk):
        if "reissue" in request.POST and self.reissue_form.is_valid():
            certificate_reissue(
                certificate=self.certificate,
                learner_name=self.reissue_form.cleaned_data["learner_name"],
                reason=self.reissue_form.cleaned_data["reason"],
                changed_by=request.user,
            )
            messages.success(request, _("The certificate was re-issued with the corrected name."))
            return redirect("certificates:edit", pk)
        if "revoke" in request.POST and self.revoke_form.is_valid():
            if not self.certificate.is_valid:
                messages.error(request, _("This certificate is already revoked."))
            else:
                certificate_revoke(
                    certificate=self.certificate,
                    reason=self.revoke_form.cleaned_data["reason"],
                    changed_by=request.user,
                )
                messages.success(request, _("The certificate was revoked."))
            return redirect("certificates:edit", pk)
        messages.error(request, _("Please correct the errors below. Nothing was changed."))
        return self.get(request, pk)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            certificate=self.certificate,
            changes=self.certificate.changes.select_related("changed_by"),
            reissue_form=self.reissue_form,
            revoke_form=self.revoke_form,
            **kwargs,
        )


class CourseIdField(forms.ModelChoiceField):
    """A course chosen by its id: anything but a plain id that fits the column is an unknown course."""

    def to_python(self, value):
        if value not in self.empty_values and not (
            str(value).isascii() and str(value).isdigit() and int(value) < 2**31
        ):
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(value)


class ZipForm(forms.Form):
    course = CourseIdField(
        label=gettext_lazy("Course"),
        queryset=CoursePage.objects.order_by("title"),
        error_messages={
            "required": gettext_lazy("Choose the course whose certificates you want to download."),
            "invalid_choice": gettext_lazy("That course does not exist. Choose a course from the list."),
        },
    )


class CertificatesZipView(WagtailAdminTemplateMixin, TemplateView):
    """The valid certificates of a course (those the user may see) as one ZIP, prepared by the worker.

    GET (``?course=<id>`` preselects it): the form to choose the course. POST: the ZIP is asked for
    and the user is sent to the "being prepared" page, which links the file when ready. A course that
    is not a course id, or none: the form again, 400 with a message.
    """

    template_name = "courses/admin/certificates_zip.html"
    header_icon = "download"
    page_title = gettext_lazy("Download a course's certificates (ZIP)")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("courses.view_certificate"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        form = ZipForm(request.GET if "course" in request.GET else None)
        status = 400 if form.is_bound and not form.is_valid() else 200
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def post(self, request):
        form = ZipForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        course = form.cleaned_data["course"]
        download = prepared_download_request(
            owner=request.user,
            kind=CERTIFICATES_ZIP,
            params=zip_params(course),
            title=_("Certificates of “%(course)s” (ZIP)") % {"course": course.title},
        )
        return redirect("prepared_download", download.pk)


class ScopedCertificateMixin:
    """Wagtail's per-object screens find the certificate among those the user may see (else 404)."""

    def get_base_object_queryset(self):
        return certificates_for_staff(user=self.request.user)

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_base_object_queryset(), pk=self.kwargs[self.pk_url_kwarg])


class CertificateIndexView(IndexView):
    def get_base_queryset(self):
        return certificates_for_staff(user=self.request.user).select_related("course")


class CertificateHistoryView(ScopedCertificateMixin, HistoryView):
    pass


class CertificateUsageView(ScopedCertificateMixin, UsageView):
    pass


class CertificateInspectView(ScopedCertificateMixin, InspectView):
    """Found among the certificates the user may see. A valid certificate has no revocation to show;
    an empty value reads "—", not "None"."""

    REVOCATION_FIELDS = ("revoked_reason", "revoked_at")

    def get_fields_context(self):
        if self.object.is_valid:
            self.fields = [field for field in self.fields if field not in self.REVOCATION_FIELDS]
        return super().get_fields_context()

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "—" if value is None or value == "" else value


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "success"
    menu_label = gettext_lazy("Certificates")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "learner_name",
        "course_title",
        Column("display_code", label=gettext_lazy("Certificate code")),  # not "Display code"
        "issued_on",
        "status",
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["learner_name", "course_title", "code"]
    search_backend_name = None
    list_per_page = 50
    form_fields = ["learner_name"]
    inspect_view_fields = [
        "learner_name",
        "course_title",
        "issuer",
        "issued_on",
        "status",
        "revoked_reason",
        "revoked_at",
    ]

    index_view_class = CertificateIndexView
    inspect_view_class = CertificateInspectView
    history_view_class = CertificateHistoryView
    usage_view_class = CertificateUsageView

    def get_urlpatterns(self):
        patterns = [p for p in super().get_urlpatterns() if p.name not in {"edit"}]
        return patterns + [
            path("edit/<int:pk>/", CertificateActionsView.as_view(), name="edit"),
            path("zip/", CertificatesZipView.as_view(), name="zip"),
        ]
