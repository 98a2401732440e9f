from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    name = "elearn.pagecache"
    label = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from . import receivers  # noqa: F401  receivers are connected here
