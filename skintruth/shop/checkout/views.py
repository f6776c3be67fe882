"""Checkout with a card form, one charge per order and stock that is really there."""

import logging

from django import http
from django.contrib import messages
from django.core import signing
from django.db import transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views import View
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.views import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.checkout.views import IndexView as OscarIndexView
from oscar.apps.checkout.views import PaymentDetailsView as OscarPaymentDetailsView
from oscar.apps.order.exceptions import UnableToPlaceOrder
from oscar.apps.payment.exceptions import UnableToTakePayment
from oscar.core.loading import get_model

from skintruth.core.operations.site_url import absolute_url
from skintruth.shop.checkout import services
from skintruth.shop.payment.forms import CardForm
from skintruth.shop.payment.gateway import CardDeclined, GatewayError

logger = logging.getLogger(__name__)
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Source = get_model("payment", "Source")

BASKET_SALT = "skintruth.checkout.basket"
REFRESH_SECONDS = 3  # how often the "being placed" page asks again


class PaymentDetailsView(OscarPaymentDetailsView):
    """Card details, preview, and an order placed once however often it is sent."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and request.POST.get("action") == "place_order":
            basket_id = self._signed_basket_id(request.POST.get("basket_token", ""))
            submitted = Basket.objects.filter(pk=basket_id).exclude(status=Basket.OPEN)
            if basket_id is not None and submitted.exists():
                # A repeat of a submit already under way or done (double click,
                # back-and-resubmit, a second tab): show that order.
                return already_submitted(request, basket_id)
        return super().dispatch(request, *args, **kwargs)

    def get_message_context(self, order):
        context = super().get_message_context(order)
        if "status_path" in context:
            context["status_link"] = absolute_url(context["status_path"])
        return context

    def check_basket_is_valid(self, request):
        problems = []
        for line in request.basket.all_lines():
            info = request.strategy.fetch_for_line(line)
            permitted, _ = info.availability.is_purchase_permitted(line.quantity)
            if not permitted:
                problems.append(
                    f"Sorry, {line.product.get_title()} is no longer in stock "
                    "in the quantity in your basket. Please adjust your basket."
                )
        if problems:
            raise exceptions.FailedPreCondition(
                url=reverse("basket:summary"), messages=problems
            )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("card_form", CardForm())
        context["basket_token"] = signing.dumps(
            self.request.basket.pk, salt=BASKET_SALT
        )
        return context

    def handle_payment_details_submission(self, request):
        card_form = CardForm(request.POST)
        if not card_form.is_valid():
            return self.render_payment_details(request, card_form=card_form)
        return self.render_preview(request, card_form=card_form)

    def handle_place_order_submission(self, request):
        card_form = CardForm(request.POST)
        if not card_form.is_valid():
            messages.error(request, "Please check your card details.")
            return self.render_payment_details(request, card_form=card_form)
        submission = self.build_submission(payment_kwargs={"card_form": card_form})
        return self.submit(**submission)

    def submit(self, user, basket, *args, **kwargs):
        order_number = self.generate_order_number(basket)
        self._attempt = services.start_attempt(
            basket, order_number, kwargs["order_total"]
        )
        if self._attempt is None:
            return already_submitted(self.request, basket.pk)
        return super().submit(user, basket, *args, **kwargs)

    def freeze_basket(self, basket):
        """start_attempt froze it already, in the commit that recorded the attempt."""

    def handle_payment(self, order_number, total, **kwargs):
        card = kwargs["card_form"].cleaned_data
        try:
            services.reserve_stock(self.request.basket, self._attempt)
            services.checkpoint("reserved")
            charge = services.take_payment(self._attempt, card["number"])
        except services.InsufficientStock as error:
            services.abandon(self._attempt, void=False)
            raise UnableToTakePayment(str(error)) from error
        except (CardDeclined, GatewayError):  # the gateway says: nothing charged
            services.abandon(self._attempt, void=False)
            raise
        except Exception:
            services.abandon(self._attempt)
            raise
        source_type = services.card_source_type()
        self.add_payment_source(
            Source(
                source_type=source_type,
                currency=total.currency,
                amount_allocated=total.incl_tax,
                amount_debited=total.incl_tax,
                reference=charge.reference,
                label=f"Card ending {card['number'][-4:]}",
            )
        )
        self.add_payment_event("Settled", total.incl_tax, reference=charge.reference)

    def place_order(self, *args, **kwargs):
        kwargs["stock_reserved"] = True
        return super().place_order(*args, **kwargs)

    def handle_order_placement(self, order_number, user, basket, *args, **kwargs):
        # The order, the attempt marked "ordered", the basket submitted and the
        # confirmation email in the outbox: one commit, so all or none survive.
        try:
            with transaction.atomic():
                services.claim_for_order(self._attempt)
                response = super().handle_order_placement(
                    order_number, user, basket, *args, **kwargs
                )
                services.checkpoint("order_written")
        except Exception as error:
            logger.exception("Order #%s could not be written; voiding", order_number)
            services.abandon(self._attempt)
            raise UnableToPlaceOrder(
                "We could not place your order and have not charged your card."
            ) from error
        services.checkpoint("committed")
        return response

    def _signed_basket_id(self, token: str) -> int | None:
        return signed_basket_id(token)


def signed_basket_id(token: str) -> int | None:
    try:
        return signing.loads(token, salt=BASKET_SALT, max_age=86400)
    except signing.BadSignature:
        return None


def already_submitted(request, basket_id: int) -> http.HttpResponse:
    """Answer a repeated submit at once: the order if it exists, else its status."""
    order = Order.objects.filter(basket_id=basket_id).first()
    if order is not None:
        request.session["checkout_order_id"] = order.id
        return redirect("checkout:thank-you")
    token = signing.dumps(basket_id, salt=BASKET_SALT)
    return redirect("checkout:placing", token=token)


class PlacingView(View):
    """Where a shopper waits while an order is placed: it asks again every few
    seconds (htmx) until the order exists, or says plainly it was not placed."""

    def get(self, request, token: str) -> http.HttpResponse:
        basket_id = signed_basket_id(token)
        if basket_id is None:
            raise http.Http404("No such checkout")
        order = Order.objects.filter(basket_id=basket_id).first()
        if order is not None:
            request.session["checkout_order_id"] = order.id
            return self.leave(request, reverse("checkout:thank-you"))
        attempt = services.attempt_for_basket(basket_id)
        if attempt is None or not attempt.in_flight:
            number = f" {attempt.order_number}" if attempt else ""
            messages.info(
                request,
                f"Your order{number} was not placed and your card was not charged."
                " Your basket is here to try again.",
            )
            return self.leave(request, reverse("basket:summary"))
        if request.headers.get("HX-Request"):
            return http.HttpResponse(status=204)  # still under way: nothing new
        context = {"attempt": attempt, "refresh_seconds": REFRESH_SECONDS}
        return render(request, "oscar/checkout/placing.html", context)

    def leave(self, request, url: str) -> http.HttpResponse:
        if request.headers.get("HX-Request"):
            return http.HttpResponse(headers={"HX-Redirect": url})
        return redirect(url)


class IndexView(OscarIndexView):
    """Oscar's gateway, whose "returning customer" password goes through the
    same lockout as the sign-in page: django-axes needs the request for that."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}
