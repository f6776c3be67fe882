"""Editors in the Wagtail admin: the schedule dialog and caption uploads."""

import pytest
from playwright.sync_api import expect

from skintruth.core.tests.factories import ArticlePageFactory, build_site
from skintruth.videos.tests.factories import VideoIndexPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = "/tmp/editor-shots"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser(
        "editor", "editor@skintruth.test", "pw-e2e"
    )


def sign_in(page, live_server) -> None:
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pw-e2e")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()


def test_schedule_dialog_shows_its_time_zone_and_save_stays_clickable(
    editor, live_server, page
):
    site = build_site()
    article = ArticlePageFactory(parent=site["reviews"], title="LED masks")
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/{article.pk}/edit/")

    page.locator('[data-side-panel-toggle="status"]').click()
    page.get_by_role("button", name="Set schedule").click()
    dialog = page.locator("#schedule-publishing-dialog")
    expect(dialog).to_be_visible()
    dialog.locator("#id_go_live_at").click()
    page.wait_for_timeout(500)
    page.screenshot(path=f"{SCREENSHOTS}-dialog.png")
    expect(page.locator(".xdsoft_datetimepicker").first).to_be_visible()
    expect(dialog.get_by_text("Time zone: UTC.").first).to_be_visible()
    # No force: Playwright refuses the click if the picker covers the button.
    dialog.get_by_role("button", name="Save schedule").click(timeout=3000)


def test_a_vtt_upload_with_an_error_shows_its_line_beside_the_field(
    editor, live_server, page, tmp_path
):
    site = build_site()
    videos = VideoIndexPageFactory(parent=site["home"])
    captions = tmp_path / "captions.vtt"
    captions.write_text(
        "WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nHold it flat.\n\n"
        "00:00:03.000 --> 00:00:02.000\nBackwards.\n"
    )
    video = tmp_path / "clip.webm"
    video.write_bytes(b"\x1aE\xdf\xa3")
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/add/videos/videopage/{videos.pk}/")

    page.locator("#id_title").fill("Gua sha, slowly")
    page.locator("#id_summary").fill("Ten strokes a side.")
    page.locator("#id_video_file").set_input_files(video)
    page.locator("#id_vtt_file").set_input_files(captions)
    page.get_by_role("button", name="Save draft").click()

    field = page.locator(".w-field", has=page.locator("#id_vtt_file"))
    expect(field.locator(".w-field__errors")).to_contain_text(
        "Line 7: the cue must end after it starts"
    )
    page.screenshot(path=f"{SCREENSHOTS}-vtt.png")
    expect(page.locator("#id_title")).to_have_value("Gua sha, slowly")
