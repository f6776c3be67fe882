# PrivacyPolicy moves here from the comments app with its table
# (comments_privacypolicy) and its row: the table is made by comments 0004 and
# only the model's state is created here. Its content type follows it, so the
# permission to edit the setting is kept.

from django.db import migrations, models


def move_content_type(old: str, new: str) -> str:
    # SQL, not RunPython: rendering every app's models here trips over Oscar's
    # half-migrated apps.
    return f"""
        UPDATE django_content_type SET app_label = '{new}'
        WHERE app_label = '{old}' AND model = 'privacypolicy'
        AND NOT EXISTS (
            SELECT 1 FROM django_content_type
            WHERE app_label = '{new}' AND model = 'privacypolicy'
        )
    """


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("comments", "0006_privacy_policy_moves_to_privacy"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="PrivacyPolicy",
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
                            "keep_network_details_days",
                            models.PositiveSmallIntegerField(
                                default=90,
                                help_text="After this many days the worker blanks "
                                "the IP address and browser of each comment; they "
                                "only serve against spam and abuse.",
                                verbose_name="keep commenters' IP addresses and "
                                "browsers for (days)",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "privacy and retention",
                        "db_table": "comments_privacypolicy",
                    },
                ),
            ],
        ),
        migrations.RunSQL(
            move_content_type("comments", "privacy"),
            move_content_type("privacy", "comments"),
        ),
    ]
