// The comment forms' Cancel links. Without JavaScript they are plain links
// back to the thread; with it, Cancel empties the form (or closes the reply
// form) and puts focus back where the reader was.
(function () {
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
})();
