// Fill the header basket count from a per-visitor fragment; the page itself
// stays the same for every reader, so it can be cached.
(function () {
  var target = document.getElementById("basket-count");
  if (!target || !window.fetch) return;
  fetch(target.dataset.src, { credentials: "same-origin", headers: { Accept: "text/html" } })
    .then(function (response) { return response.ok ? response.text() : ""; })
    .then(function (html) { target.innerHTML = html.trim(); })
    .catch(function () {});
})();
