from django.urls import path

from . import views

app_name = "training"
urlpatterns = [
    path("me/notifications/", views.notification_list, name="notifications"),
    path("me/notifications/read/", views.notifications_read, name="notifications_read"),
    path("me/notifications/preferences/", views.preferences, name="preferences"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
