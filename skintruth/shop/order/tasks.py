"""Order emails, sent by the task worker so a mail failure never loses an order."""

from django_tasks import task
from oscar.core.loading import get_class, get_model

Order = get_model("order", "Order")
OrderDispatcher = get_class("order.utils", "OrderDispatcher")


@task()
def send_order_confirmation(order_id: int, status_path: str = "") -> None:
    """Email the buyer the confirmation of a placed order."""
    order = Order.objects.select_related("user").get(pk=order_id)
    context = {
        "order": order,
        "lines": order.lines.all(),
        "user": order.user,
        "status_path": status_path,
    }
    OrderDispatcher().send_order_placed_email_for_user(order, context)
