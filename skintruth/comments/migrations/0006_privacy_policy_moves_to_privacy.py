# The retention setting now belongs to skintruth.privacy, which keeps using
# this app's table: only Django's idea of the model moves, no table changes.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("comments", "0005_posting_locks"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="PrivacyPolicy")],
        ),
    ]
