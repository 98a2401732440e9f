"""The training summary panel on the admin home."""

from wagtail.admin.ui.components import Component

from ..selectors.dashboard import training_week_summary


class TrainingDashboardPanel(Component):
    """Admin home: this week's enrollments and completions, and the targets furthest behind."""

    name = "training_summary"
    template_name = "courses/admin/training_dashboard_panel.html"
    order = 150

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {"request": request, **training_week_summary(user=request.user)}
