from django.urls import path

from . import views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learning/courses/<int:course_id>/enroll/", views.course_enroll, name="course_enroll"),
    path("learning/lessons/<int:lesson_id>/complete/", views.lesson_mark_complete, name="lesson_complete"),
]
