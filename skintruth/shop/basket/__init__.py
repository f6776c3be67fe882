default_app_config = "skintruth.shop.basket.apps.BasketConfig"
