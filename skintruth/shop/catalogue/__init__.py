default_app_config = "skintruth.shop.catalogue.apps.CatalogueConfig"
