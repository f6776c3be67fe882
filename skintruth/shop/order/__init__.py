default_app_config = "skintruth.shop.order.apps.OrderConfig"
