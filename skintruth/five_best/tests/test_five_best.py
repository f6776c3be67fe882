"""Five Best lists: the five-distinct-products rule, the pages and the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from skintruth.core.tests.factories import (
    ArticlePageFactory,
)
from skintruth.five_best.models import FiveBestListPage, check_picks
from skintruth.seo.tests.helpers import count_queries

from .factories import (
    FiveBestListPageFactory,
    SkinConcernFactory,
    add_picks,
    make_products,
    published_list,
)

pytestmark = pytest.mark.django_db


def test_five_different_products_make_a_valid_list():
    products = make_products(5)
    check_picks(products)


def test_four_products_are_refused():
    with pytest.raises(ValidationError, match="exactly 5 products; this one has 4"):
        check_picks(make_products(4))


def test_six_products_are_refused():
    with pytest.raises(ValidationError, match="this one has 6"):
        check_picks(make_products(6))


def test_the_same_product_twice_is_refused_by_name():
    products = make_products(4)
    with pytest.raises(ValidationError, match="Product 2 appears more than once"):
        check_picks(products + [products[2]])


def test_list_page_shows_five_ranked_picks_with_reasons_and_links(site, client):
    products = make_products(5, prefix="Serum")
    review = ArticlePageFactory(
        parent=site["reviews"], title="Serum review", reviewer=site["marta"]
    )
    page = FiveBestListPageFactory(parent=site["five_best"], title="Best for lines")
    add_picks(page, products, site["marta"], review=review)

    html = client.get(page.url).content.decode()

    positions = [html.index(f">Serum {n}</a>") for n in range(5)]
    assert positions == sorted(positions)
    assert html.count("Reason for Serum") == 5
    assert products[0].get_absolute_url() in html
    assert review.url in html
    assert "Picked by" in html and site["marta"].url in html
    assert "$10.00" in html


def test_index_groups_lists_by_concern_and_filters(site, client):
    wrinkles = SkinConcernFactory(name="Wrinkles")
    dryness = SkinConcernFactory(name="Dryness")
    products = make_products(5)
    add_picks(
        FiveBestListPageFactory(
            parent=site["five_best"], title="Best for lines", concern=wrinkles
        ),
        products,
        site["marta"],
    )
    add_picks(
        FiveBestListPageFactory(
            parent=site["five_best"], title="Best for thirst", concern=dryness
        ),
        products,
        site["marta"],
    )

    everything = client.get(site["five_best"].url).content.decode()
    filtered = client.get(site["five_best"].url + "?concern=dryness").content.decode()

    assert "Best for lines" in everything and "Best for thirst" in everything
    assert "Best for thirst" in filtered and "Best for lines" not in filtered


def test_draft_lists_stay_off_the_index(site, client):
    page = FiveBestListPageFactory(parent=site["five_best"], title="Secret list")
    page.unpublish()
    assert "Secret list" not in client.get(site["five_best"].url).content.decode()


def test_list_page_renders_in_a_fixed_number_of_queries(
    site, client, django_assert_max_num_queries
):
    page = FiveBestListPageFactory(parent=site["five_best"])
    add_picks(page, make_products(5), site["marta"])
    client.get(page.url)  # warm the per-process caches
    with django_assert_max_num_queries(15):
        response = client.get(page.url)
    assert response.content.decode().count('class="pick"') == 5


def test_index_queries_do_not_grow_with_lists(site, client):
    products = make_products(5)
    add_picks(
        FiveBestListPageFactory(parent=site["five_best"]), products, site["marta"]
    )
    one_list = count_queries(client, site["five_best"].url)
    for _ in range(3):
        add_picks(
            FiveBestListPageFactory(parent=site["five_best"]), products, site["marta"]
        )
    assert count_queries(client, site["five_best"].url) == one_list


# The Wagtail admin


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser(
        username="editor", email="editor@skintruth.test", password="pw"
    )
    client.force_login(user)
    return client


def admin_form(site, products) -> dict:
    concern = SkinConcernFactory(name="Sagging")
    picks = [
        {
            "product": product.pk,
            "reason": "Because it works.",
            "picked_by": site["marta"].pk,
            "review": "",
        }
        for product in products
    ]
    return nested_form_data(
        {
            "title": "Five Best for sagging",
            "slug": "best-for-sagging",
            "concern": concern.pk,
            "intro": "How we chose.",
            "picks": inline_formset(picks, min=5, max=5),
            "action-publish": "action-publish",
        }
    )


def admin_post(editor, site, products):
    url = reverse(
        "wagtailadmin_pages:add",
        args=("five_best", "fivebestlistpage", site["five_best"].pk),
    )
    return editor.post(url, admin_form(site, products))


def test_admin_publishes_a_list_of_five_different_products(editor, site):
    response = admin_post(editor, site, make_products(5))
    assert response.status_code == 302
    page = FiveBestListPage.objects.get(slug="best-for-sagging")
    assert page.live and page.picks.count() == 5


def test_admin_refuses_a_repeated_product_with_a_clear_message(editor, site):
    products = make_products(4)
    response = admin_post(editor, site, products + [products[0]])
    assert response.status_code == 200
    assert "appears more than once" in response.content.decode()
    assert not FiveBestListPage.objects.filter(slug="best-for-sagging").exists()


def test_admin_refuses_a_list_of_four(editor, site):
    response = admin_post(editor, site, make_products(4))
    assert response.status_code == 200
    assert "Please submit at least 5 forms" in response.content.decode()
    assert not FiveBestListPage.objects.filter(slug="best-for-sagging").exists()


def test_editor_previews_a_list_before_publishing(editor, site):
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("five_best", "fivebestlistpage", site["five_best"].pk),
    )
    products = make_products(5, prefix="Preview")
    assert editor.post(url, admin_form(site, products)).json()["is_valid"]
    html = editor.get(url).content.decode()
    assert "Preview 4" in html and '"@type": "ItemList"' in html


def test_product_page_names_the_lists_it_ranks_on(site, client):
    products = make_products(5, prefix="Cream")
    published_list(site, products, title="Five Best for dryness")
    draft = FiveBestListPageFactory(parent=site["five_best"], title="Draft list")
    add_picks(draft, products, site["marta"])
    draft.unpublish()

    html = client.get(products[1].get_absolute_url()).content.decode()

    assert "On our Five Best lists" in html
    assert "#2</span> on <a" in html and "Five Best for dryness" in html
    assert "Draft list" not in html
