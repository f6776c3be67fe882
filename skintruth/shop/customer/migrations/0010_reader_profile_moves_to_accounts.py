# The reader's profile now belongs to skintruth.accounts, which keeps using
# this app's table: only Django's idea of the model moves, no table changes.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ("customer", "0009_reader_profile"),
        ("accounts", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="ReaderProfile")],
        ),
    ]
