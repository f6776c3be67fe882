"""The basket page with the free-shipping meter, and the header count fragment."""

from django.shortcuts import get_object_or_404, render
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import TemplateView
from oscar.apps.basket.views import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.basket.views import BasketAddView as OscarBasketAddView
from oscar.apps.basket.views import BasketView as OscarBasketView

from skintruth.core.security.csrf import is_cross_site
from skintruth.shop.services import free_shipping_progress


class BasketView(OscarBasketView):
    """Oscar's basket plus how far the reader is from free shipping."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["free_shipping"] = free_shipping_progress(
            self.request.basket.total_incl_tax
        )
        return context


class BasketCountView(TemplateView):
    """The item count for the header; private, so pages can be shared by all."""

    template_name = "oscar/basket/fragments/count.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["count"] = self.request.basket.num_items
        return context

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        patch_vary_headers(response, ["Cookie"])
        return response


@method_decorator(csrf_exempt, name="dispatch")
class BasketAddView(OscarBasketAddView):
    """Oscar's add view without a CSRF token, so pages showing product cards
    stay identical for every reader and cacheable. The browser's own word on
    where the form was (`is_cross_site`) stands in for the token: another
    site's page cannot fill or change a shopper's basket."""

    def post(self, request, *args, **kwargs):
        if is_cross_site(request):
            return render(
                request,
                "oscar/basket/cross_site_refused.html",
                {"product": get_object_or_404(self.product_model, pk=kwargs["pk"])},
                status=403,
            )
        return super().post(request, *args, **kwargs)
