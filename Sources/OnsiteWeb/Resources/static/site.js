// Small progressive enhancements; every page works without them.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="csrf-token"]');
  // State-changing calls carry the page's CSRF token; the server refuses them without it.
  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token ? token.content : "" },
      body: JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    });
  }
  document.querySelectorAll("button.star").forEach(function (button) {
    button.addEventListener("click", function () {
      var starred = button.getAttribute("aria-pressed") !== "true";
      post("/api/questions/" + encodeURIComponent(button.dataset.question) + "/star", { starred: starred })
        .then(function (row) {
          button.setAttribute("aria-pressed", row.starred ? "true" : "false");
          button.textContent = row.starred ? "★ Starred" : "☆ Star";
        })
        .catch(function () { button.textContent = "Could not save; reload and try again"; });
    });
  });
})();
