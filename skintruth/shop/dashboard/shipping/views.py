from django.contrib import messages
from django.urls import reverse
from django.views import generic
from oscar.core.loading import get_model

from .forms import OrderAndItemChargesForm

OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")


class ChargesListView(generic.ListView):
    """The methods checkout offers, with their prices and free-shipping totals."""

    template_name = "oscar/dashboard/shipping/charges_list.html"
    context_object_name = "methods"

    def get_queryset(self):
        return OrderAndItemCharges.objects.order_by("price_per_order", "pk")


class ChargesUpdateView(generic.UpdateView):
    """Saves through the model, which refreshes the banner and the basket."""

    model = OrderAndItemCharges
    form_class = OrderAndItemChargesForm
    template_name = "oscar/dashboard/shipping/charges_form.html"
    context_object_name = "method"

    def get_success_url(self):
        messages.success(self.request, f"Saved “{self.object.name}”.")
        return reverse("dashboard:shipping-charges-list")
