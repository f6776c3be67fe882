from django.db import migrations


def move_unsent(apps, schema_editor):
    """Emails not yet delivered keep their place in the queue, now core's."""
    Notification = apps.get_model("comments", "Notification")
    OutgoingEmail = apps.get_model("core", "OutgoingEmail")
    OutgoingEmail.objects.bulk_create(
        OutgoingEmail(
            recipient=n.recipient,
            subject=n.subject,
            body=n.body,
            headers=n.headers,
            created_at=n.created_at,
            attempts=n.attempts,
            last_error=n.last_error,
        )
        for n in Notification.objects.filter(sent_at__isnull=True)
    )


class Migration(migrations.Migration):

    dependencies = [
        ("comments", "0001_initial"),
        ("core", "0003_outgoing_email"),
    ]

    operations = [
        migrations.RunPython(move_unsent, migrations.RunPython.noop),
        migrations.DeleteModel(name="Notification"),
    ]
