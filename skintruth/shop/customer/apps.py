import oscar.apps.customer.apps as apps
from oscar.apps.customer.signals import user_registered


class CustomerConfig(apps.CustomerConfig):
    name = "skintruth.shop.customer"

    def ready(self):
        super().ready()
        from .receivers import welcome_new_member

        user_registered.connect(welcome_new_member, dispatch_uid="welcome-new-member")
