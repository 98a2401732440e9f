"""The team member's screens under /to-cong-nghe/: server-rendered, phone-width, no JavaScript needed.

Every view finds the member's scope first (``team_member_required``); every object is looked up
inside it, so a member of another commune gets "not found" for anything that is not theirs.
"""

import functools

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.models import CoursePage
from elearn.http import is_database_id, rate_limit

from . import services
from .forms import (
    AttendanceResidentsForm,
    CourseChoiceForm,
    EnrolForm,
    GuestForm,
    MergeForm,
    ResidentRegisterForm,
    SessionForm,
    scope_residents,
)
from .models import Attendance
from .scope import member_sessions, team_scope
from .search import resident_picker, search_page
from .selectors import session_attendances, team_figures, team_work
from .tokens import take_over_token

User = get_user_model()


def team_member_required(view):
    @login_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        scope = team_scope(request.user)
        if scope is None:
            message = _("This area is for members of a community digital-technology team.")
            return render(request, "403.html", {"message": message}, status=403)
        return view(request, scope, *args, **kwargs)

    return wrapped


@team_member_required
def team_home(request, scope):
    figures = team_figures(member=request.user, scope=scope)
    work = team_work(member=request.user, scope=scope)
    return render(request, "community/home.html", {"figures": figures, "work": work})


@team_member_required
def resident_list(request, scope):
    query = request.GET.get("q", "").strip()
    residents = scope_residents(scope).select_related("profile__administrative_unit")
    page, message = search_page(residents, query, request.GET.get("page"), per_page=50)
    return render(request, "community/residents.html", {"page": page, "query": query, "message": message})


def _picking(request) -> bool:
    """The resident picker's own buttons (search, another page) were pressed: show, save nothing."""
    return request.method == "POST" and (request.POST.get("action") == "search" or "page" in request.POST)


def _picker(request, users, *, field_name="residents", errors=(), single=False, default=None):
    data = request.POST if request.method == "POST" else request.GET
    chosen = data.getlist(field_name)
    if request.method == "GET" and not single:  # ?resident=<id>: the resident just registered, chosen already
        chosen += data.getlist("resident")
    if not chosen and default is not None and request.method == "GET":
        chosen = [default]
    picker = resident_picker(
        users,
        field_name=field_name,
        query=data.get("q", ""),
        chosen=chosen,
        page_number=data.get("page"),
        single=single,
    )
    picker.errors = list(errors)
    return picker


@team_member_required
@require_http_methods(["GET", "POST"])
def resident_register(request, scope):
    form = ResidentRegisterForm(request.POST or None, scope=scope)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                registered = services.resident_register(
                    member=request.user,
                    full_name=data["full_name"],
                    phone=data["phone"],
                    administrative_unit=data["administrative_unit"],
                    audience=data["audience"],
                    consent_method=data["consent_method"],
                    paper_form_number=data["paper_form_number"],
                )
            except services.TeamError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _(
                        "The account of %(name)s is created. They received an SMS to set their own password; "
                        "you can now enrol them in courses."
                    )
                    % {"name": registered.resident.display_name},
                )
                return redirect(f"{reverse('community:enrol')}?resident={registered.resident.pk}")
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    return render(request, "community/register.html", {"form": form})


@team_member_required
@require_http_methods(["GET", "POST"])
def enrol(request, scope):
    if _picking(request):  # a search or another page of residents: the courses ticked stay ticked
        form = EnrolForm(scope=scope, initial={"courses": request.POST.getlist("courses")})
        return _render_enrol(request, scope, form)
    form = EnrolForm(request.POST or None, request.FILES or None, scope=scope)
    if request.method == "POST":
        if form.is_valid():
            created = services.residents_enrol(
                member=request.user,
                residents=form.cleaned_data["all_residents"],
                courses=list(form.cleaned_data["courses"]),
            )
            messages.success(
                request,
                _("%(count)d new enrolments saved (residents already enrolled were left as they were).")
                % {"count": created},
            )
            return redirect("community:home")
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    return _render_enrol(request, scope, form)


def _render_enrol(request, scope, form):
    picker = _picker(request, scope_residents(scope), errors=form.errors.get("residents", ()))
    return render(request, "community/enrol.html", {"form": form, "picker": picker})


@team_member_required
def session_list(request, scope):
    sessions = member_sessions(scope).select_related("course", "led_by__profile", "administrative_unit")
    # A GROUP BY query drops Meta.ordering: the pages need an explicit order.
    sessions = sessions.annotate(attendee_count=Count("attendances")).order_by("-held_on", "-pk")
    page = Paginator(sessions, 30).get_page(request.GET.get("page"))
    return render(request, "community/sessions.html", {"page": page})


@team_member_required
@require_http_methods(["GET", "POST"])
def session_create(request, scope):
    course_id = request.POST.get("course") or request.GET.get("course")
    course = CoursePage.objects.live().filter(pk=course_id).first() if (course_id or "").isdigit() else None
    if course is None:
        return render(request, "community/session_course.html", {"form": CourseChoiceForm()})
    form = SessionForm(request.POST or None, scope=scope, course=course, member=request.user)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                recorded = services.session_record(
                    member=request.user,
                    token=data["token"],
                    held_on=data["held_on"],
                    place=data["place"],
                    administrative_unit=data["administrative_unit"],
                    course=course,
                    lessons=list(data["lessons"]),
                    led_by=data["led_by"],
                )
            except services.TeamError as error:
                form.add_error(None, error.message)
            else:
                if recorded.created:
                    messages.success(request, _("The session is recorded. Now add the people who attended."))
                return redirect("community:session", pk=recorded.session.pk)
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    return render(request, "community/session_form.html", {"form": form, "course": course})


def _session(scope, pk):
    return get_object_or_404(member_sessions(scope).select_related("course", "administrative_unit", "led_by"), pk=pk)


@team_member_required
def session_detail(request, scope, pk):
    return _render_session(request, scope, _session(scope, pk))


def _render_session(request, scope, session, residents_form=None, guest_form=None):
    residents_form = residents_form or AttendanceResidentsForm(scope=scope, session=session)
    errors = residents_form.errors.get("residents", ()) if residents_form.is_bound else ()
    context = {
        "session": session,
        "lessons": session.lessons.order_by("path"),
        "attendances": session_attendances(session),
        "residents_form": residents_form,
        "picker": _picker(request, residents_form.fields["residents"].queryset, errors=errors),
        "guest_form": guest_form or GuestForm(),
    }
    return render(request, "community/session_detail.html", context)


@team_member_required
@require_POST
def attendance_add_residents(request, scope, pk):
    session = _session(scope, pk)
    if _picking(request):  # a search or another page of residents: nothing is saved, the ticks are kept
        return _render_session(request, scope, session)
    form = AttendanceResidentsForm(request.POST, scope=scope, session=session)
    if not form.is_valid():
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
        return _render_session(request, scope, session, residents_form=form)
    added = services.attendance_record(
        member=request.user, session=session, residents=list(form.cleaned_data["residents"])
    )
    messages.success(
        request,
        _("%(count)d residents added; the lessons that allow it are completed for them.") % {"count": added},
    )
    return redirect("community:session", pk=session.pk)


@team_member_required
@require_POST
def attendance_add_guest(request, scope, pk):
    session = _session(scope, pk)
    form = GuestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
        return _render_session(request, scope, session, guest_form=form)
    services.attendance_record_guest(member=request.user, session=session, **form.cleaned_data)
    messages.success(request, _("The person is added. When they have an account, link it from the list."))
    return redirect("community:session", pk=session.pk)


@team_member_required
@require_http_methods(["GET", "POST"])
def attendance_merge(request, scope, pk):
    attendance = get_object_or_404(
        Attendance.objects.filter(session__in=member_sessions(scope), user__isnull=True).select_related("session"),
        pk=pk,
    )
    form = MergeForm(None if _picking(request) else (request.POST or None), scope=scope, attendance=attendance)
    if request.method == "POST" and form.is_bound:
        if form.is_valid():
            try:
                services.attendance_merge(
                    member=request.user, attendance=attendance, resident=form.cleaned_data["resident"]
                )
            except services.TeamError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("The person is linked to the account; their lessons count now."))
            return redirect("community:session", pk=attendance.session_id)
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    errors = form.errors.get("resident", ()) if form.is_bound else ()
    same_phone = form.same_phone.pk if form.same_phone else None
    picker = _picker(
        request, form.fields["resident"].queryset, field_name="resident", errors=errors, single=True, default=same_phone
    )
    return render(request, "community/merge.html", {"form": form, "attendance": attendance, "picker": picker})


# --- The resident takes the account over ---------------------------------------------------------


@require_http_methods(["GET", "POST"])
def take_over(request, uidb64, token):
    try:
        resident_id = int(force_str(urlsafe_base64_decode(uidb64)))
    except (TypeError, ValueError, OverflowError):
        resident_id = None
    # Counted before anything else, per client and per account (however the account's id is written).
    if not rate_limit(
        request, action="community_take_over", rate=settings.COMMUNITY_TAKE_OVER_RATE, key=f"{resident_id or uidb64}"
    ):
        return render(request, "community/take_over_limited.html", status=429)
    resident = User.objects.filter(pk=resident_id).first() if is_database_id(resident_id) else None
    if resident is None or not take_over_token.check_token(resident, token):
        return render(request, "community/take_over_invalid.html", status=400)
    form = SetPasswordForm(resident, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.resident_take_over(resident=resident, password=form.cleaned_data["new_password1"])
        messages.success(request, _("Your password is saved. Sign in with your phone number and this password."))
        return redirect("account_login")
    return render(request, "community/take_over.html", {"form": form, "resident": resident})
