default_app_config = "skintruth.shop.partner.apps.PartnerConfig"
