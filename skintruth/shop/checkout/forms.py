"""Checkout forms that work without JavaScript."""

from oscar.apps.checkout.forms import *  # noqa: F403 — Oscar's fork pattern
from oscar.apps.checkout.forms import GatewayForm as OscarGatewayForm


class GatewayForm(OscarGatewayForm):
    """Oscar hides the password with JS; without it a `required` attribute
    would block guests, so the server alone decides (it needs a password
    only for returning customers)."""

    use_required_attribute = False
