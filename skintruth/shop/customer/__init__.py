default_app_config = "skintruth.shop.customer.apps.CustomerConfig"
