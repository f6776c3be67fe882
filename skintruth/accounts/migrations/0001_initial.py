# ReaderProfile moves here from the shop's customer app with its table
# (customer_readerprofile) and its rows: the table is made by customer 0009 and
# only the model's state is created here; customer 0010 then drops it from the
# customer app's state. (Depending on the customer app from here would pull all
# of Oscar's customer migrations ahead of the order app's, whose data
# migrations then fail.) Its content type follows it, so
# permissions granted on it are kept.

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import skintruth.accounts.models


def move_content_type(old: str, new: str) -> str:
    # SQL, not RunPython: rendering every app's models here trips over Oscar's
    # half-migrated apps.
    return f"""
        UPDATE django_content_type SET app_label = '{new}'
        WHERE app_label = '{old}' AND model = 'readerprofile'
        AND NOT EXISTS (
            SELECT 1 FROM django_content_type
            WHERE app_label = '{new}' AND model = 'readerprofile'
        )
    """


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ReaderProfile",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "display_name",
                            models.CharField(
                                help_text="Shown with your comments and reviews "
                                "instead of your account name. Your email address "
                                "is never shown.",
                                max_length=40,
                                validators=[
                                    skintruth.accounts.models.validate_display_name
                                ],
                            ),
                        ),
                        (
                            "user",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="profile",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={"db_table": "customer_readerprofile"},
                ),
            ],
        ),
        migrations.RunSQL(
            move_content_type("customer", "accounts"),
            move_content_type("accounts", "customer"),
        ),
    ]
