default_app_config = "skintruth.shop.shipping.apps.ShippingConfig"
