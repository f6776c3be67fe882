"""Factories for comments."""

import factory
from django.utils import timezone

from skintruth.comments.models import Comment, Status


class CommentFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Reader {n}")
    email = factory.Sequence(lambda n: f"reader{n}@example.com")
    text = factory.Sequence(lambda n: f"Comment number {n}.")
    status = Status.APPROVED
    created_at = factory.LazyFunction(timezone.now)
    ip_address = "10.0.0.1"
    parent = None

    class Meta:
        model = Comment

    @factory.lazy_attribute
    def root(self):
        if self.parent is None:
            return None
        return self.parent.root or self.parent
