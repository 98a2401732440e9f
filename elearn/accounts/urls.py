from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("profile/", views.profile_edit, name="profile"),
    path("data.json", views.data_export, name="data_export"),
    path("data/", views.data_summary, name="data_summary"),
    path("delete/", views.account_delete, name="delete"),
    path("password/new/", views.new_password, name="new_password"),
]
