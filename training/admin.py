"""Required courses in the Wagtail admin ("Khóa học bắt buộc"), limited to the viewer's scope.

``training.wagtail_hooks`` registers what is declared here and in ``reports``.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.models import DeleteView, EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import AssignmentForm
from .models import Assignment
from .scope import assignments_visible, editable_q
from .selectors import assignment_figures


class AssignmentPermissionPolicy(ModelPermissionPolicy):
    """Model permissions; a scoped manager sees (and copies) only the assignments in their scope and
    changes or deletes only those of their organisation."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if action in {"change", "delete"}:
            return Assignment.objects.filter(editable_q(user), pk=instance.pk).exists()
        return assignments_visible(user=user).filter(pk=instance.pk).exists()


class ScopedObjectMixin:
    def get_queryset(self):
        return Assignment.objects.filter(editable_q(self.request.user))


class AssignmentIndexView(IndexView):
    def get_base_queryset(self):
        return assignments_visible(user=self.request.user)


class AssignmentEditView(ScopedObjectMixin, EditView):
    pass


class AssignmentDeleteView(ScopedObjectMixin, DeleteView):
    pass


class AssignmentViewSet(ModelViewSet):
    model = Assignment
    icon = "tasks"
    menu_label = _("Required courses")
    menu_order = 265
    add_to_admin_menu = True
    copy_view_enabled = True
    inspect_view_enabled = False
    search_fields = ["course__title", "organisation__name", "administrative_unit__name"]
    search_backend_name = None
    # No organisation filter: its choices would name every organisation to a scoped manager.
    list_filter = ["deadline", "audience"]
    list_display = ["course", "target_label", "deadline"]
    index_view_class = AssignmentIndexView
    edit_view_class = AssignmentEditView
    delete_view_class = AssignmentDeleteView
    edit_handler = ObjectList(
        [
            FieldPanel("course", widget=forms.Select),
            FieldPanel("deadline"),
            MultiFieldPanel(
                [
                    FieldPanel("organisation", widget=forms.Select),
                    FieldPanel("administrative_unit", widget=forms.Select),
                    FieldPanel("audience"),
                ],
                heading=_("Who must take it (everyone matching all the criteria chosen)"),
            ),
            FieldPanel("people"),
            FieldRowPanel([FieldPanel("note")]),
        ],
        base_form_class=AssignmentForm,
    )


class OverduePanel(Component):
    """Admin home, for report viewers: the required courses past their deadline with learners still
    missing, within the viewer's scope (the ten latest deadlines; two queries)."""

    name = "required_overdue"
    template_name = "training/admin/overdue_panel.html"
    order = 160

    def __init__(self, rows):
        self.rows = rows

    @classmethod
    def for_request(cls, request) -> "OverduePanel | None":
        past = list(
            assignments_visible(user=request.user)
            .filter(deadline__lt=timezone.localdate())
            .order_by("-deadline", "-pk")[:10]
        )
        figures = assignment_figures(assignments=past, viewer=request.user)
        rows = [{"assignment": a, "outcome": figures[a.pk]} for a in past if figures[a.pk].overdue]
        return cls(rows) if rows else None

    def get_context_data(self, parent_context):
        return {"rows": self.rows}
