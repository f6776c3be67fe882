"""Product reviews used to be moderated in the comments queue, under the
comments permission; they now have their own queue and permission. Groups that
could moderate comments keep moderating reviews."""

from django.db import migrations

COMMENTS = ("comments", "comment", "change_comment")
REVIEWS = ("reviews", "productreview", "change_productreview")


def permission(apps, app_label, model, codename):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    found, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": f"Can change {model}"},
    )
    return found


def grant_review_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    moderators = Group.objects.filter(
        permissions__content_type__app_label=COMMENTS[0],
        permissions__codename=COMMENTS[2],
    )
    if not moderators.exists():
        return
    reviews = permission(apps, *REVIEWS)
    for group in moderators:
        group.permissions.add(reviews)


class Migration(migrations.Migration):
    dependencies = [
        ("catalogue", "0033_brand_product_how_to_use_product_ingredients_and_more"),
        ("reviews", "0005_productreview_code"),
        ("comments", "0006_privacy_policy_moves_to_privacy"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(grant_review_moderation, migrations.RunPython.noop),
    ]
