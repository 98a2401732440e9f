from django.urls import path

from . import views
from .certificates import views as certificate_views
from .quizzes import views as quiz_views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learning/courses/<int:course_id>/enroll/", views.course_enroll, name="course_enroll"),
    path("learning/lessons/<int:lesson_id>/complete/", views.lesson_mark_complete, name="lesson_complete"),
    path("learning/attempts/<int:pk>/", quiz_views.quiz_attempt_result, name="quiz_attempt_result"),
    path("certificates/", certificate_views.certificate_lookup, name="certificate_lookup"),
    path("certificates/<str:code>.json", certificate_views.certificate_verify_json, name="certificate_verify_json"),
    path("certificates/<str:code>/pdf/", certificate_views.certificate_download, name="certificate_download"),
    path("certificates/<str:code>/", certificate_views.certificate_verify, name="certificate_verify"),
]
