default_app_config = "skintruth.shop.payment.apps.PaymentConfig"
