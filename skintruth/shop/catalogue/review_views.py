"""Oscar's review views with a star-rating form and verified-buyer marks.

The reviews app is used as installed (not forked), so these subclasses are
wired in by the catalogue app's URLs, ahead of Oscar's own.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from oscar.apps.catalogue.reviews import views as oscar_views
from oscar.apps.catalogue.reviews.forms import ProductReviewForm

from skintruth.accounts.forms import display_name_field
from skintruth.accounts.models import ReaderProfile, display_name_of
from skintruth.shop.catalogue import ratings

STARS = [(n, f"{n} star{'s' * (n != 1)}") for n in range(1, 6)]


class StarRatingForm(ProductReviewForm):
    """A review needs one to five stars (Oscar's field also allows zero)."""

    score = forms.TypedChoiceField(
        label="Your rating",
        choices=STARS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a rating from 1 to 5 stars."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].label = "Headline"
        self.fields["title"].error_messages["required"] = "Give your review a headline."
        self.fields["body"].label = "Your review"
        self.fields["body"].widget.attrs["rows"] = 6
        self.fields["body"].error_messages["required"] = "Tell readers what you found."
        if "name" in self.fields:
            self.fields["name"].label = "Your name (shown with the review)"
            self.fields["email"].label = "Email (never shown)"
        elif not display_name_of(self.instance.user):
            # A member's first words on the site: they choose how they are shown.
            self.fields["display_name"] = display_name_field()
            self.order_fields(["display_name"])

    def save(self, commit=True):
        if "display_name" in self.fields:
            ReaderProfile.choose(self.instance.user, self.cleaned_data["display_name"])
        return super().save(commit=commit)

    def full_clean(self) -> None:
        super().full_clean()
        if {"name", "email"} & set(self.errors):
            # Oscar's model repeats "name and email needed" above the form.
            self.errors.pop(NON_FIELD_ERRORS, None)
        for name in self.errors:
            if name in self.fields and name != "score":  # score: on its fieldset
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"id_{name}-error"}
                )


class CreateProductReview(oscar_views.CreateProductReview):
    form_class = StarRatingForm


class ProductReviewList(oscar_views.ProductReviewList):
    """Every published review of a product, newest first unless asked."""

    def get_queryset(self):
        by_score = super().get_queryset()  # also binds Oscar's sort form
        if self.request.GET.get("sort_by") == "score":
            return by_score.select_related("user__profile")
        return ratings.newest_approved(self.kwargs["product_pk"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["reviews"] = ratings.mark_verified_buyers(
            context["reviews"], context["product"]
        )
        return context
