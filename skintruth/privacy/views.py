"""The privacy page and the export and erase pages, for members and guests."""

import json

from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from skintruth.accounts.readers import Reader

from . import services
from .forms import EraseForm, RequestLinkForm
from .models import PrivacyPolicy


@never_cache
@require_http_methods(["GET", "POST"])
def privacy_page(request: HttpRequest) -> HttpResponse:
    """What we store and why; guests ask here for a link to their data."""
    form = RequestLinkForm(request.POST or None)
    sent_to = ""
    if request.method == "POST" and form.is_valid():
        sent_to = form.cleaned_data["email"]
        services.send_access_link(sent_to)  # at most one an hour per address
        form = RequestLinkForm()
    context = {
        "form": form,
        "sent_to": sent_to,
        "days": PrivacyPolicy.load().keep_network_details_days,
    }
    return render(request, "privacy/privacy.html", context)


def download(reader: Reader) -> HttpResponse:
    """The reader's data as a JSON file to save."""
    data = json.dumps(services.export(reader), indent=2, ensure_ascii=False)
    response = HttpResponse(data, content_type="application/json; charset=utf-8")
    stamp = timezone.now().strftime("%Y-%m-%d")
    name = f"skintruth-data-{stamp}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def data_page(request: HttpRequest, reader: Reader, download_url: str) -> HttpResponse:
    """One page: download everything, or erase it after a typed confirmation."""
    form = EraseForm(request.POST or None, email=reader.email)
    if request.method == "POST" and form.is_valid():
        report = services.erase(reader, form.cleaned_data["comments"])
        if reader.user:
            logout(request)
        return render(request, "privacy/data_erased.html", {"report": report})
    context = {
        "reader": reader,
        "form": form,
        "download_url": download_url,
        "counts": services.summary(reader),
    }
    return render(request, "privacy/data.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def my_data(request: HttpRequest) -> HttpResponse:
    return data_page(request, Reader.of_user(request.user), "export.json")


@never_cache
@login_required
def my_data_download(request: HttpRequest) -> HttpResponse:
    return download(Reader.of_user(request.user))


def _guest(token: str) -> Reader | None:
    try:
        return Reader(email=services.read_access_token(token))
    except signing.BadSignature:
        return None


@never_cache
@require_http_methods(["GET", "POST"])
def guest_data(request: HttpRequest, token: str) -> HttpResponse:
    reader = _guest(token)
    if reader is None:
        return render(request, "privacy/data_link_invalid.html", status=400)
    return data_page(request, reader, "export.json")


@never_cache
def guest_data_download(request: HttpRequest, token: str) -> HttpResponse:
    reader = _guest(token)
    if reader is None:
        return render(request, "privacy/data_link_invalid.html", status=400)
    return download(reader)
