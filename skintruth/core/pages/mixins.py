"""Small behaviours shared by models of several apps."""

from django.utils.text import slugify


class SlugFromNameMixin:
    """A model with `name` and `slug` fields: an empty slug is made from the name."""

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)
