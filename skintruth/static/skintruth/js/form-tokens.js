// Pages are cached for every reader, so their forms carry no visitor's CSRF
// token. When a reader starts on such a form, fetch this visitor's token (and a
// fresh form timer) once and fill every form that asks for them; a submit that
// comes first waits for the tokens. With JavaScript off, the site's CSRF
// failure page asks the reader to confirm instead, keeping what they typed.
(function () {
  var pending = null;

  function forms() {
    return document.querySelectorAll("form[data-fresh-tokens]");
  }

  function fill(tokens) {
    forms().forEach(function (form) {
      Object.keys(tokens).forEach(function (name) {
        var input = form.querySelector('input[name="' + name + '"]');
        if (input) input.value = tokens[name];
      });
      form.removeAttribute("data-fresh-tokens");
    });
  }

  function fetchTokens(url) {
    if (!pending) {
      pending = fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (tokens) { fill(tokens); })
        .catch(function () { pending = null; });
    }
    return pending;
  }

  document.addEventListener("focusin", function (event) {
    var form = event.target.closest && event.target.closest("form[data-fresh-tokens]");
    if (form) fetchTokens(form.dataset.freshTokens);
  });

  // Capture phase: runs before htmx's own submit handler on the form.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-fresh-tokens]")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    var submitter = event.submitter;
    fetchTokens(form.dataset.freshTokens).then(function () {
      form.removeAttribute("data-fresh-tokens");
      form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
    });
  }, true);
})();
