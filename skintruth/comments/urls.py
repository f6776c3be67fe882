from django.urls import path

from . import activity, views

app_name = "comments"

urlpatterns = [
    path("form-tokens/", views.form_tokens, name="form_tokens"),
    path("discussion-emails/", activity.discussion_emails, name="discussion_emails"),
    path("page/<int:page_id>/post/", views.post_comment, name="post_comment"),
    path("page/<int:page_id>/more/", views.more_comments, name="more"),
    path(
        "page/<int:page_id>/answered-before/",
        views.answered_before,
        name="answered_before",
    ),
    path("<int:pk>/reply/", views.reply_form, name="post_reply"),
    path("<int:pk>/edit/", views.edit_comment, name="edit"),
    path("<int:pk>/delete/", views.delete_comment, name="delete"),
    path("moderate/<str:token>/", views.confirm_moderation, name="confirm_moderation"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
