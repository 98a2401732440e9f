from django.urls import path

from .views import prepared_download_file

urlpatterns = [path("<uuid:pk>/", prepared_download_file, name="prepared_download_file")]
