// Progressive enhancement for the main menu (layouts/partials/header.html), a <details> that works without this file.
// From 48em the CSS shows the menu with its "Menu" button hidden; browsers that cannot style a closed <details>
// (no ::details-content) need it open, so it is opened there and folded again when the window becomes narrow.
(function () {
  "use strict";
  var menu = document.querySelector(".csa-menu");
  if (!menu || !window.matchMedia) {
    return;
  }

  var wide = window.matchMedia("(min-width: 48em)");
  function fit() {
    menu.open = wide.matches;
  }

  fit();
  wide.addEventListener("change", fit);
})();
