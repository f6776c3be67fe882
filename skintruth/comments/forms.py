"""The comment form readers fill in under an article, and the edit form."""

import time

from django import forms
from django.core import signing

from skintruth.accounts.forms import display_name_field
from skintruth.accounts.models import display_name_of

from .models import MAX_LENGTH

STARTED_SALT = "comments.form-started"
STARTED_MAX_AGE = 3 * 86400


SHARED_STARTED_STEP = 600


def started_token(shared: bool = False) -> str:
    """When the form was drawn, signed. A page shared by every reader gets a
    time rounded down to ten minutes, so it renders the same (and keeps its
    ETag) in between; form-tokens.js replaces it when a reader starts typing."""
    now = time.time()
    if shared:
        now -= now % SHARED_STARTED_STEP
    # A plain Signer, not signing.dumps: its TimestampSigner would stamp the
    # current second into the token and change the shared page every second.
    return signing.Signer(salt=STARTED_SALT).sign_object(now)


def seconds_since(token: str) -> float | None:
    """Seconds since the form was drawn, or None if the token is missing,
    forged or older than STARTED_MAX_AGE."""
    try:
        started = float(signing.Signer(salt=STARTED_SALT).unsign_object(token))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    elapsed = time.time() - started
    return elapsed if elapsed <= STARTED_MAX_AGE else None


class TextField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label="My Comment",
            max_length=MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 6, "placeholder": "Add a comment..."}),
            error_messages={
                "required": "Please write your comment.",
                "max_length": "Please keep your comment under %(limit_value)d "
                "characters (it has %(show_value)d).",
            },
            **kwargs,
        )


class CommentForm(forms.Form):
    """Name, email and comment, all required; a hidden honeypot and timer."""

    name = forms.CharField(
        label="Name",
        max_length=80,
        error_messages={"required": "Please tell us your name."},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Email",
        help_text="Never shown. We use it only for the emails you ask for.",
        error_messages={
            "required": "Please give your email address.",
            "invalid": "Please check your email address; it should look like "
            "name@example.com.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    text = TextField()
    notify_replies = forms.BooleanField(label="Notify me of replies", required=False)
    # Kept by the browser only (discussion.js), so cached pages stay the same
    # for everyone; shown only when JavaScript can do it.
    remember = forms.BooleanField(
        label="Remember my name and email on this device", required=False
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    started = forms.CharField(required=False, widget=forms.HiddenInput)
    # Hidden from people by CSS; robots fill every field they find.
    website = forms.CharField(
        label="Leave this empty", required=False, widget=forms.TextInput
    )

    def __init__(self, *args, member=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.member = member if member is not None and member.is_authenticated else None
        if self.member is not None:
            self._fit_to_member()
        if not self.is_bound:
            self.initial.setdefault("started", started_token())
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1"}
        )

    def _fit_to_member(self) -> None:
        """Members post with their account's email and their display name; one
        who has not chosen a name yet chooses it here (never the username)."""
        del self.fields["email"], self.fields["remember"]
        if display_name_of(self.member):
            del self.fields["name"]
            return
        self.fields["name"] = display_name_field(
            help_text="Shown with your comments and reviews from now on; you can "
            "change it in your account.",
            required="Please choose the name shown with your comments.",
        )

    @property
    def member_name(self) -> str:
        """The signed-in member's display name, once they have chosen one."""
        return display_name_of(self.member) if self.member else ""

    def author(self) -> tuple[str, str]:
        """The (name, email) the comment is posted under."""
        if self.member is None:
            return self.cleaned_data["name"], self.cleaned_data["email"]
        name = self.member_name or " ".join(self.cleaned_data["name"].split())
        return name, self.member.email

    def seconds_taken(self) -> float | None:
        return seconds_since(self.cleaned_data.get("started") or "")


class EditCommentForm(forms.Form):
    """What an author may change within the edit window: the text."""

    text = TextField()
