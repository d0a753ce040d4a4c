// Progressive enhancement: open every closed <details> (such as a chart's data table) before printing,
// so the printed page carries the data too, and close them again afterwards. The site works without it.
(function () {
  "use strict";
  var opened = [];
  // Printed links show their full address, host included (print.css prints data-print-href after each link). The whole
  // plan on one page is left alone: its links were written in full when it was built, and it may be printed from a copy.
  function addAddresses() {
    if (document.body.classList.contains("csa-whole-plan-page")) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll("a[href]:not([data-print-href])"), function (a) {
      var href = a.getAttribute("href");
      if (href.charAt(0) === "/" && href.charAt(1) !== "/") {
        a.setAttribute("data-print-href", a.href);
      }
    });
  }
  window.addEventListener("beforeprint", function () {
    addAddresses();
    opened = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
