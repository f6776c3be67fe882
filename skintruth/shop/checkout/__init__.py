default_app_config = "skintruth.shop.checkout.apps.CheckoutConfig"
