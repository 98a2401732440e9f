"""The board in the admin: the ranking with its trend, one unit's figures, and what is lagging (XLSX, A4)."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from courses.models.targets import REPORT_PERMISSION

from .charts import ranking_chart, trend_chart
from .criteria import AGENCY, APPLIES_TO_CHOICES, COMMUNE
from .export import lagging_xlsx_response
from .periods import PeriodError, current_month, period_choices, period_from_key
from .selectors import board_for, board_units

OF_LABELS = dict(APPLIES_TO_CHOICES)


class BoardMixin(WagtailAdminTemplateMixin):
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            context = {"header_title": self.page_title, "page_title": self.page_title, "header_icon": "warning"}
            return TemplateResponse(request, "courses/reports/forbidden.html", context, status=403)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def period_and_error(self):
        key = self.request.GET.get("period", "")
        if not key:
            return current_month(), None
        try:
            return period_from_key(key), None
        except PeriodError as error:
            return current_month(), str(error)

    @property
    def period(self):
        return self.period_and_error[0]

    @cached_property
    def of(self) -> str:
        of = self.kwargs.get("of") or self.request.GET.get("of")
        return of if of in (AGENCY, COMMUNE) else COMMUNE

    def query(self, **changes) -> str:
        values = {"period": self.period.key, "of": self.of, **changes}
        return "&".join(f"{k}={v}" for k, v in values.items() if v)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": reverse("board_index"), "label": _("Evaluation board")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            period=self.period,
            period_error=self.period_and_error[1],
            period_choices=period_choices(),
            of=self.of,
            of_label=OF_LABELS[self.of],
            of_choices=APPLIES_TO_CHOICES,
        )
        return context


class BoardView(BoardMixin, TemplateView):
    page_title = _("Evaluation board")
    template_name = "board/index.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        board = board_for(user=self.request.user, applies_to=self.of, period=self.period)
        context.update(
            board=board,
            trend_chart=trend_chart(board.trend),
            ranking_chart=ranking_chart(board.rows),
            unit_url=lambda pk: reverse("board_unit", args=[self.of, pk]),
            query=self.query(),
        )
        for row in board.rows:
            row.url = f"{reverse('board_unit', args=[self.of, row.unit.pk])}?{self.query(of='')}"
        return context


class BoardUnitView(BoardMixin, TemplateView):
    """The figures behind one unit's score: numerator and denominator per criterion, and its trend."""

    page_title = _("Figures behind the score")
    template_name = "board/unit.html"

    def get_context_data(self, **kwargs):
        if self.kwargs["of"] not in (AGENCY, COMMUNE):
            raise Http404
        context = super().get_context_data(**kwargs)
        units = board_units(user=self.request.user, applies_to=self.of, day=self.period.as_of())
        unit = next((u for u in units if u.pk == self.kwargs["pk"]), None)
        if unit is None:
            raise Http404  # not a unit of this kind, or not one the viewer may see
        board = board_for(user=self.request.user, applies_to=self.of, period=self.period, units=[unit])
        context.update(
            unit=unit,
            board=board,
            row=board.rows[0],
            trend_chart=trend_chart(board.trend),
            back_url=f"{reverse('board_index')}?{self.query()}",
        )
        return context

    def get_page_subtitle(self):
        return ""


class LaggingView(BoardMixin, TemplateView):
    """For leaders: the agencies and communes furthest behind, and which criterion holds them back."""

    page_title = _("What is lagging")
    header_icon = "warning"
    template_name = "board/lagging.html"
    limit = 10

    def get_breadcrumbs_items(self):
        return super().get_breadcrumbs_items() + [{"url": "", "label": self.page_title}]

    def boards(self):
        return [
            board_for(user=self.request.user, applies_to=of, period=self.period, months=0) for of in (AGENCY, COMMUNE)
        ]

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "xlsx":
            return lagging_xlsx_response(self.boards(), self.period, limit=self.limit)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        sections = []
        for board in self.boards():
            rows = board.lagging[: self.limit]
            for row in rows:
                row.url = f"{reverse('board_unit', args=[board.applies_to, row.unit.pk])}?period={self.period.key}"
            sections.append({"board": board, "rows": rows, "label": OF_LABELS[board.applies_to]})
        context.update(sections=sections, export_url=f"?period={self.period.key}&export=xlsx")
        return context
