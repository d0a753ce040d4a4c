// Progressive enhancement for components/finder.html: a list of links that works without this file. With it, a filter box
// appears above the list; typing part of a name keeps only the rows whose name contains it, and a status line says how many.
(function () {
  "use strict";
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
  }

  Array.prototype.forEach.call(document.querySelectorAll(".csa-finder"), function (finder) {
    var search = finder.querySelector(".csa-finder__search");
    var input = finder.querySelector(".csa-finder__input");
    var status = finder.querySelector(".csa-finder__status");
    var items = Array.prototype.slice.call(finder.querySelectorAll(".csa-finder__item"));
    var label = finder.getAttribute("data-row-label") || "";
    if (!search || !input || !status) {
      return;
    }

    function filter() {
      var wanted = fold(input.value);
      var shown = 0;
      items.forEach(function (item) {
        var match = wanted === "" || fold(item.getAttribute("data-name") || "").indexOf(wanted) !== -1;
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      status.textContent = wanted === "" ? "" : shown === 0 ? "No " + label + " match." : shown + " of " + items.length + " " + label + " match.";
    }

    search.hidden = false;
    input.addEventListener("input", filter);
    filter();
  });
})();
