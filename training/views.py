"""The learner's notifications: the list of what was sent, their choices, one-click unsubscribe."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from .forms import PreferencesForm
from .messages import unsubscribe_read
from .models import OPTIONAL_KINDS, Notification, NotificationPreference
from .services import kind_stop, notifications_mark_read, preferences_set

private = cache_control(private=True, no_store=True)


@login_required
@private
def notification_list(request):
    notifications = Notification.objects.filter(user=request.user).only(
        "title", "body", "url", "kind", "channel", "created_at", "read_at"
    )
    page = Paginator(notifications, 20).get_page(request.GET.get("page"))
    unread = Notification.objects.filter(user=request.user, read_at__isnull=True).exists()
    return render(request, "training/notifications.html", {"page_obj": page, "unread": unread})


@login_required
@require_POST
def notifications_read(request):
    notifications_mark_read(user=request.user)
    return redirect("training:notifications")


@login_required
@private
@require_http_methods(["GET", "POST"])
def preferences(request):
    preference = NotificationPreference.objects.filter(user=request.user).first()
    stopped = preference.stopped if preference else []
    initial = {"receive": [kind for kind in OPTIONAL_KINDS if kind not in stopped]}
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if request.POST.get("stop_all"):
            preferences_set(user=request.user, stopped=OPTIONAL_KINDS)
            messages.success(request, _("Done: you will only receive notices about required courses."))
            return redirect("training:preferences")
        if form.is_valid():
            preferences_set(user=request.user, stopped=form.stopped())
            messages.success(request, _("Your choices have been saved."))
            return redirect("training:preferences")
        messages.error(request, _("Please correct the errors below. Nothing was saved yet."))
    return render(request, "training/preferences.html", {"form": form})


@csrf_exempt  # the signed token is the authority; mail clients POST here without a session (RFC 8058)
@private
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    found = unsubscribe_read(token)
    if found is None:
        return render(request, "training/unsubscribe.html", {"invalid": True}, status=400)
    user_id, kind = found
    context = {"kind_label": Notification.Kind(kind).label}
    if request.method == "POST":
        kind_stop(user_id=user_id, kind=kind)
        context["done"] = True
    return render(request, "training/unsubscribe.html", context)
