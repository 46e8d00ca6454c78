/* newsclaim page behaviour; everything else works with JavaScript off.
   - clicking an entity (or Enter/Space on a focused one) marks all its mentions;
   - following a claim link marks every fragment of the claim's sentence. */
(function () {
  "use strict";
  document.documentElement.setAttribute("data-js", "on");

  function mark(selector, cls) {
    document.querySelectorAll("." + cls).forEach(function (el) { el.classList.remove(cls); });
    if (selector) document.querySelectorAll(selector).forEach(function (el) { el.classList.add(cls); });
  }

  function toggleEntity(key) {
    var already = document.querySelector('[data-ent="' + key + '"].sel');
    mark(already ? "" : '[data-ent="' + key + '"]', "sel");
    document.querySelectorAll("button[data-ent]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.classList.contains("sel") ? "true" : "false");
    });
  }

  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-ent]") : null;
    if (el) toggleEntity(el.getAttribute("data-ent"));
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    var el = ev.target.closest ? ev.target.closest("span[data-ent]") : null;
    if (el && el === ev.target) {
      ev.preventDefault();
      toggleEntity(el.getAttribute("data-ent"));
    }
  });

  function markClaim() {
    var id = location.hash.slice(1);
    mark(/^d[0-9]+-C[0-9]+$/.test(id) ? '[data-k="' + id + '"]' : "", "cur");
  }
  window.addEventListener("hashchange", markClaim);
  markClaim();
})();
