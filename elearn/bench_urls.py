"""The site's URLs plus a trivial view: what ``make bench`` compares every page with (bench settings only)."""

from django.http import HttpResponse
from django.urls import path

from elearn.urls import handler404, handler500  # noqa: F401
from elearn.urls import urlpatterns as site_urlpatterns


def ok(request):
    return HttpResponse("ok")


urlpatterns = [path("_bench/ok/", ok, name="bench_ok"), *site_urlpatterns]
