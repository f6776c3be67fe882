from django.apps import AppConfig


class VideosConfig(AppConfig):
    name = "skintruth.videos"
    label = "videos"
    verbose_name = "Videos"
