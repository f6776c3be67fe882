"""Checkout with a card form, one charge per order and stock that is really there."""

import logging
import time

from django import http
from django.contrib import messages
from django.core import signing
from django.shortcuts import redirect
from django.urls import reverse
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.views import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.checkout.views import IndexView as OscarIndexView
from oscar.apps.checkout.views import PaymentDetailsView as OscarPaymentDetailsView
from oscar.apps.order.exceptions import UnableToPlaceOrder
from oscar.apps.payment.exceptions import UnableToTakePayment
from oscar.core.loading import get_model

from skintruth.shop.checkout import services
from skintruth.shop.payment.forms import CardForm

logger = logging.getLogger(__name__)
Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Source = get_model("payment", "Source")

BASKET_SALT = "skintruth.checkout.basket"
WAIT_FOR_FIRST_SUBMIT = 5.0  # seconds a repeated submit waits for the first one


class PaymentDetailsView(OscarPaymentDetailsView):
    """Card details, preview, and an order placed once however often it is sent."""

    def dispatch(self, request, *args, **kwargs):
        if request.method == "POST" and request.POST.get("action") == "place_order":
            basket_id = self._signed_basket_id(request.POST.get("basket_token", ""))
            submitted = Basket.objects.filter(pk=basket_id).exclude(status=Basket.OPEN)
            if basket_id is not None and submitted.exists():
                # A repeat of a submit already under way or done (double click,
                # back-and-resubmit, a second tab): show that order.
                return self._already_submitted(basket_id)
        return super().dispatch(request, *args, **kwargs)

    def get_message_context(self, order):
        context = super().get_message_context(order)
        if "status_path" in context:
            context["status_link"] = services.absolute_url(context["status_path"])
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
        if not services.lock_basket(basket):
            return self._already_submitted(basket.pk)
        return super().submit(user, basket, *args, **kwargs)

    def handle_payment(self, order_number, total, **kwargs):
        basket = self.request.basket
        try:
            services.reserve_stock(basket)
        except services.InsufficientStock as error:
            raise UnableToTakePayment(str(error)) from error
        card = kwargs["card_form"].cleaned_data
        try:
            charge = services.take_payment(
                order_number, total.incl_tax, total.currency, card["number"]
            )
        except Exception:
            services.release_stock(basket)
            raise
        self._charge = charge
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
        try:
            return super().handle_order_placement(
                order_number, user, basket, *args, **kwargs
            )
        except Exception as error:
            logger.exception("Order #%s could not be written; refunding", order_number)
            services.refund_payment(self._charge)
            services.release_stock(basket)
            raise UnableToPlaceOrder(
                "We could not place your order and have refunded your card."
            ) from error

    def _signed_basket_id(self, token: str) -> int | None:
        try:
            return signing.loads(token, salt=BASKET_SALT, max_age=86400)
        except signing.BadSignature:
            return None

    def _already_submitted(self, basket_id: int) -> http.HttpResponse:
        deadline = time.monotonic() + WAIT_FOR_FIRST_SUBMIT
        while time.monotonic() < deadline:
            order = Order.objects.filter(basket_id=basket_id).first()
            if order is not None:
                self.request.session["checkout_order_id"] = order.id
                return redirect("checkout:thank-you")
            time.sleep(0.2)
        messages.info(
            self.request,
            "Your order is already being placed. You will get an email once it is.",
        )
        return redirect("basket:summary")


class IndexView(OscarIndexView):
    """Oscar's gateway, whose "returning customer" password goes through the
    same lockout as the sign-in page: django-axes needs the request for that."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}
