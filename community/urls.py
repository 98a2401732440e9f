from django.urls import path

from . import views

app_name = "community"
urlpatterns = [
    path("", views.team_home, name="home"),
    path("cu-dan/", views.resident_list, name="residents"),
    path("cu-dan/dang-ky/", views.resident_register, name="register"),
    path("ghi-danh/", views.enrol, name="enrol"),
    path("buoi-hoc/", views.session_list, name="sessions"),
    path("buoi-hoc/moi/", views.session_create, name="session_create"),
    path("buoi-hoc/<int:pk>/", views.session_detail, name="session"),
    path("buoi-hoc/<int:pk>/co-tai-khoan/", views.attendance_add_residents, name="attendance_residents"),
    path("buoi-hoc/<int:pk>/chua-co-tai-khoan/", views.attendance_add_guest, name="attendance_guest"),
    path("nguoi-tham-du/<int:pk>/gop/", views.attendance_merge, name="merge"),
]
