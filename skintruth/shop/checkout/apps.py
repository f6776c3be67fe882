import oscar.apps.checkout.apps as apps
from oscar.apps.customer.signals import user_registered

from .receivers import welcome_new_member


class CheckoutConfig(apps.CheckoutConfig):
    name = "skintruth.shop.checkout"

    def ready(self):
        super().ready()
        user_registered.connect(welcome_new_member, dispatch_uid="welcome-new-member")
