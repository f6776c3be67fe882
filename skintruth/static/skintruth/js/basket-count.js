// Show the header basket count from the `basket_items` cookie the shop sets
// whenever the basket changes: pages stay the same for every reader (and
// cacheable), and reading one costs no extra request.
(function () {
  var target = document.getElementById("basket-count");
  if (!target) return;
  var match = document.cookie.match(/(?:^|;\s*)basket_items=(\d+)/);
  var count = match ? parseInt(match[1], 10) : 0;
  if (count > 0) {
    var label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = ", items: ";
    target.replaceChildren(label, String(count));
  }
})();
