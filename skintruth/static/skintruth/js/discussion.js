// The comment forms' Cancel links, and a guest's remembered name and email.
(function () {
  // Cancel: without JavaScript a plain link back to the thread; with it,
  // Cancel empties the form (or closes the reply form) and puts focus back
  // where the reader was.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-cancel]");
    if (!link) return;
    event.preventDefault();
    if (link.dataset.cancel === "reply") {
      var slot = link.closest(".reply-slot");
      var reply = slot.parentElement.querySelector(".comment__reply");
      slot.innerHTML = "";
      if (reply) reply.focus();
    } else {
      link.closest("form").reset();
    }
  });

  // "Remember me": the guest's name and email stay in this browser only, so
  // the page itself is the same for every reader and can be cached.
  var KEY = "skintruth.commenter";

  function remembered() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY) || "null");
    } catch (error) {
      return null; // storage blocked or the value damaged: nothing remembered
    }
  }

  function fillIn(root) {
    var details = remembered();
    root.querySelectorAll("form.comment-form").forEach(function (form) {
      var box = form.querySelector("[data-remember]");
      if (!box) return; // a member's form: their account knows them
      box.hidden = false;
      if (!details) return;
      var name = form.elements.name, email = form.elements.email;
      if (name && !name.value) name.value = details.name || "";
      if (email && !email.value) email.value = details.email || "";
      form.elements.remember.checked = true;
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("form.comment-form") || !form.elements.remember) return;
    try {
      if (form.elements.remember.checked) {
        var details = { name: form.elements.name.value, email: form.elements.email.value };
        window.localStorage.setItem(KEY, JSON.stringify(details));
      } else {
        window.localStorage.removeItem(KEY);
      }
    } catch (error) {
      // Private windows may refuse storage; the comment is posted all the same.
    }
  }, true);

  fillIn(document);
  document.addEventListener("htmx:afterSwap", function (event) {
    fillIn(event.target.parentNode || document);
  });
})();
