from django.conf import settings
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from community import views as community_views
from elearn.accounts.views import admin_logout
from elearn.language import set_language
from elearn.ops.health import health, livez
from elearn.views import not_found

urlpatterns = [
    # The load balancer's probe and a process supervisor's (elearn/ops/health.py).
    path("health/", health, name="health"),
    path("livez/", livez, name="livez"),
    # Wagtail's error-test page answers 500 to any staff member: only in development (13.9).
    *([] if settings.DEBUG else [path("admin/failwhale/", not_found)]),
    # Staff sign in through allauth like everyone (one sign-in, one set of rate limits, MFA): Wagtail's
    # sign-in views (admin and private pages) and its password reset lead there.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/password_reset/", RedirectView.as_view(pattern_name="account_reset_password", query_string=True)),
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/logout/", admin_logout),  # before Wagtail's: see admin_logout
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("me/", include("elearn.accounts.urls")),
    path("", include("training.urls")),
    path("to-cong-nghe/", include("community.urls")),
    path("nhan-tai-khoan/<uidb64>/<token>/", community_views.take_over, name="community_take_over"),
    path("tep-da-chuan-bi/", include("elearn.downloads.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("", include("courses.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns.append(path("", include(wagtail_urls)))

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
