"""Staff act on a reader's request from the admin: look up, download, erase."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from skintruth.accounts.readers import Reader

from . import services
from .forms import EraseForm
from .views import download


class LookupForm(forms.Form):
    email = forms.EmailField(label="Reader's email address")


def reader_data(request: HttpRequest) -> HttpResponse:
    """Superusers only: an erasure deletes accounts, which editors may not."""
    if not request.user.is_superuser:
        raise PermissionDenied
    lookup = LookupForm(request.GET or None)
    context = {"lookup": lookup, "page_title": "Reader data", "header_icon": "user"}
    if not lookup.is_valid():
        return TemplateResponse(request, "privacy/admin/reader_data.html", context)
    reader = Reader.by_email(lookup.cleaned_data["email"])
    if request.GET.get("download"):
        return download(reader)
    form = EraseForm(request.POST or None, email=reader.email)
    form.fields["comments"].label = "Their comments"
    form.fields["confirm"].label = "Type their email address to confirm"
    if request.method == "POST" and form.is_valid():
        report = services.erase(reader, form.cleaned_data["comments"])
        messages.success(
            request,
            f"Erased the data of {reader.email}: {report['comments']} comments "
            f"changed, {report['orders_kept']} orders kept for tax law.",
        )
        return redirect(reverse("privacy_admin:reader_data"))
    context.update(
        reader=reader,
        form=form,
        counts=services.summary(reader),
    )
    return TemplateResponse(request, "privacy/admin/reader_data.html", context)
