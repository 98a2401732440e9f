from django.urls import path

from . import quiz_views, views

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("learning/courses/<int:course_id>/enroll/", views.course_enroll, name="course_enroll"),
    path("learning/lessons/<int:lesson_id>/complete/", views.lesson_mark_complete, name="lesson_complete"),
    path("learning/attempts/<int:pk>/", quiz_views.quiz_attempt_result, name="quiz_attempt_result"),
]
