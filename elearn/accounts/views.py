import json
import time

from allauth.account.adapter import get_adapter
from allauth.account.internal.flows.login import get_authentication_records
from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .auth_forms import NewPasswordForm
from .forms import AccountDeleteForm, ProfileCreateForm, ProfileForm
from .models import LearnerProfile
from .personal_data import personal_data_export, readable_export
from .phones import format_phone
from .services import profile_create, user_delete


@login_required
@require_http_methods(["GET", "POST"])
def profile_edit(request):
    profile = LearnerProfile.objects.filter(user=request.user).first()
    if profile is None:
        form = ProfileCreateForm(request.POST or None)
    else:
        form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if form.is_valid():
            if profile is None:
                data = form.cleaned_data
                profile_create(
                    user=request.user,
                    full_name=data["full_name"],
                    audience=data["audience"],
                    administrative_unit=data["administrative_unit"],
                    organisation=data.get("organisation"),
                )
            else:
                form.save()
            messages.success(request, _("Your profile has been saved."))
            next_url = request.GET.get("next", "")
            if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
                return redirect(next_url)
            return redirect("accounts:profile")
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    context = {"form": form, "profile": profile, "phone": format_phone(request.user.phone)}
    return render(request, "accounts/profile.html", context)


@login_required
@require_GET
def data_export(request):
    data = personal_data_export(user=request.user)
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="elearn-du-lieu-ca-nhan-{stamp}.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_GET
def data_summary(request):
    """The same data as the JSON export, as a page to read or print."""
    sections = readable_export(personal_data_export(user=request.user))
    return render(request, "accounts/data_summary.html", {"sections": sections, "today": timezone.localdate()})


@login_required
@require_http_methods(["GET", "POST"])
def account_delete(request):
    form = AccountDeleteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        user_delete(user=user)
        messages.success(request, _("Your account and all your personal data have been deleted."))
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form})


# A sign-in by SMS (or email) code this recent lets the person set a new password without the old one:
# this is how a phone-only resident who forgot the password recovers the account (allauth's password
# reset is by email only). The code itself is rate limited per number and per client, expires, and is
# single use (ACCOUNT_LOGIN_BY_CODE_*, ACCOUNT_RATE_LIMITS["request_login_code"]).
NEW_PASSWORD_WINDOW_SECONDS = 300


def signed_in_by_code_recently(request) -> bool:
    records = get_authentication_records(request, request.user)
    return any(
        r.get("method") == "code" and time.time() - r.get("at", 0) < NEW_PASSWORD_WINDOW_SECONDS for r in records
    )


@login_required
@require_http_methods(["GET", "POST"])
def new_password(request):
    if not signed_in_by_code_recently(request):
        messages.info(request, _("To set a new password without the current one, sign in with a code first."))
        return redirect("account_change_password")
    form = NewPasswordForm(data=request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        update_session_auth_hash(request, request.user)
        # Failed sign-ins before the reset no longer count against this number or email.
        adapter = get_adapter(request)
        if request.user.phone:
            adapter._delete_login_attempts_cached_email(request, phone=request.user.phone)
        if request.user.email:
            adapter._delete_login_attempts_cached_email(request, email=request.user.email)
        messages.success(request, _("Your new password is saved. Use it the next time you sign in."))
        return redirect("accounts:profile")
    return render(request, "accounts/new_password.html", {"form": form})


def admin_logout(request):
    """``/admin/logout/``: sign out by POST only; a GET asks first (allauth's sign-out page).

    Wagtail's own view deletes the session cookie on *any* method, so a GET (a link, an
    ``<img src>`` on another site) signed staff out while answering 405.
    """
    if request.method == "POST":
        from wagtail.admin.views.account import LogoutView

        return LogoutView.as_view()(request)
    return redirect("account_logout")
