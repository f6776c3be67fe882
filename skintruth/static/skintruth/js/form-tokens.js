// Pages are cached for every reader, so their forms carry no visitor's CSRF
// token. Current browsers need none (the site trusts their Sec-Fetch-Site
// header); for older ones, fetch this visitor's token and a fresh form timer
// once, as soon as the reader starts on a form, and fill every form that asks.
// Anything still without a token lands on the site's confirm page, which keeps
// what the reader typed.
(function () {
  var requested = false;

  function fill(tokens) {
    document.querySelectorAll("form[data-fresh-tokens]").forEach(function (form) {
      Object.keys(tokens).forEach(function (name) {
        var input = form.querySelector('input[name="' + name + '"]');
        if (input) input.value = tokens[name];
      });
    });
  }

  document.addEventListener("focusin", function (event) {
    var form = event.target.closest && event.target.closest("form[data-fresh-tokens]");
    if (!form || requested) return;
    requested = true;
    fetch(form.dataset.freshTokens, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(fill)
      .catch(function () { requested = false; });
  });
})();
