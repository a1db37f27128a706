// Onsite's pages: small, dependency-free enhancements over server-rendered HTML. Text from the server or the user
// is always set with textContent; only HTML that the server rendered from content Markdown uses innerHTML.
(function () {
  "use strict";
  var token = document.querySelector('meta[name="csrf-token"]');

  // Every state-changing or code-running call carries the page's CSRF token; the server refuses it otherwise.
  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token ? token.content : "" },
      body: JSON.stringify(body)
    }).then(readJSON);
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(readJSON);
  }

  // Problem documents carry a sentence that says what to do; show it rather than a bare status code.
  function readJSON(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      if (!response.ok) { throw new Error(body.detail || ("The server answered " + response.status + ".")); }
      return body;
    });
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function typingIn(target) {
    return target && (target.tagName === "TEXTAREA" || target.tagName === "INPUT" || target.tagName === "SELECT" || target.isContentEditable);
  }

  // ---- Question page: star and note ----
  document.querySelectorAll("button.star").forEach(function (button) {
    button.addEventListener("click", function () {
      var starred = button.getAttribute("aria-pressed") !== "true";
      post("/api/questions/" + encodeURIComponent(button.dataset.question) + "/star", { starred: starred })
        .then(function (row) {
          button.setAttribute("aria-pressed", row.starred ? "true" : "false");
          button.textContent = row.starred ? "★ Starred" : "☆ Star";
        })
        .catch(function (error) { button.textContent = "Not saved: " + error.message; });
    });
  });

  var noteForm = document.getElementById("note-form");
  if (noteForm) {
    noteForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var status = document.getElementById("note-status");
      var text = document.getElementById("note").value;
      post("/api/questions/" + encodeURIComponent(noteForm.dataset.question) + "/note", { note: text })
        .then(function (saved) { status.textContent = saved.note ? "Saved." : "Note removed."; })
        .catch(function (error) { status.textContent = "Not saved: " + error.message; });
    });
  }

  // ---- Challenge page: the editor, Run and Submit ----
  var editor = document.getElementById("editor");
  if (editor) { setUpEditor(editor); }

  function setUpEditor(form) {
    var code = document.getElementById("code");
    var results = document.getElementById("results");
    var challenge = form.dataset.challenge;
    var draftKey = "onsite.draft." + challenge;
    var saved = window.localStorage ? localStorage.getItem(draftKey) : null;
    if (saved) { code.value = saved; }
    code.addEventListener("input", function () {
      if (window.localStorage) { localStorage.setItem(draftKey, code.value); }
    });
    code.addEventListener("keydown", function (event) {
      if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        indent(code, event.shiftKey);
      } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        grade(event.shiftKey ? "submit" : "run");
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var action = event.submitter && event.submitter.value === "submit" ? "submit" : "run";
      grade(action);
    });

    var busy = false;
    function grade(action) {
      if (busy) { return; }
      busy = true;
      form.setAttribute("aria-busy", "true");
      results.replaceChildren(element("p", { class: "meta" }, action === "submit" ? "Grading on every case…" : "Running on the sample…"));
      post("/api/challenges/" + encodeURIComponent(challenge) + "/" + action, { code: code.value })
        .then(function (report) { showReport(results, report, action); results.scrollIntoView({ block: "nearest" }); })
        .catch(function (error) { results.replaceChildren(element("p", { class: "verdict bad", role: "alert" }, error.message)); })
        .then(function () { busy = false; form.removeAttribute("aria-busy"); });
    }
  }

  // Tab inserts four spaces (or indents every selected line); Shift+Tab removes up to four.
  function indent(area, outdent) {
    var start = area.selectionStart, end = area.selectionEnd, value = area.value;
    var lineStart = value.lastIndexOf("\n", start - 1) + 1;
    if (!outdent && start === end) {
      area.setRangeText("    ", start, end, "end");
      return;
    }
    var block = value.slice(lineStart, end);
    var changed = block.split("\n").map(function (line) {
      return outdent ? line.replace(/^ {1,4}/, "") : "    " + line;
    }).join("\n");
    area.setRangeText(changed, lineStart, end, "select");
  }

  function showReport(container, report, action) {
    var passed = report.cases.filter(function (c) { return c.verdict === "accepted"; }).length;
    var good = report.verdict === "accepted";
    var nodes = [];
    var headline = element("p", { class: "verdict " + (good ? "ok" : "bad"), role: "status" });
    headline.appendChild(element("strong", {}, verdictName(report.verdict)));
    headline.appendChild(document.createTextNode(" — " + passed + " of " + report.cases.length + " case" +
      (report.cases.length === 1 ? "" : "s") + " passed" + (action === "submit" ? " (recorded)" : " (sample only; Submit runs every case)")));
    nodes.push(headline);
    if (report.message && !good) { nodes.push(element("p", { class: "message" }, report.message)); }

    var table = element("table", { class: "cases" });
    table.appendChild(element("caption", {}, "Cases"));
    var head = element("tr");
    ["Case", "Verdict", "Time"].forEach(function (name) { head.appendChild(element("th", { scope: "col" }, name)); });
    table.appendChild(element("thead")).appendChild(head);
    var body = element("tbody");
    report.cases.forEach(function (result) {
      var row = element("tr", { class: result.verdict === "accepted" ? "ok" : "bad" });
      row.appendChild(element("th", { scope: "row" }, (result.hidden ? "hidden " : "") + result.name));
      row.appendChild(element("td", {}, (result.verdict === "accepted" ? "✓ " : "✗ ") + verdictName(result.verdict)));
      row.appendChild(element("td", {}, result.ms.toFixed(1) + " ms"));
      body.appendChild(row);
    });
    table.appendChild(body);
    nodes.push(table);

    report.cases.forEach(function (result) {
      if (result.hidden && result.verdict === "accepted") { return; }
      var section = element("section", { class: "case" });
      var shown = false;
      var title = (result.hidden ? "Hidden case " : "Case ") + result.name;
      section.appendChild(element("h3", {}, title));
      if (result.verdict !== "accepted" && result.message) { section.appendChild(element("p", {}, result.message)); shown = true; }
      if (result.detail) {
        var list = element("dl", { class: "detail" });
        [["Input", result.detail.input], ["Expected", result.detail.expected], ["Got", result.detail.actual], ["Printed", result.detail.printed]]
          .forEach(function (pair) {
            if (pair[1] === undefined || pair[1] === null) { return; }
            list.appendChild(element("dt", {}, pair[0]));
            list.appendChild(element("dd")).appendChild(element("pre", {}, pair[1]));
          });
        section.appendChild(list);
        shown = true;
      }
      if (result.output) {
        section.appendChild(dataTable("Your result" + (result.output.total_rows > result.output.rows.length ? " (first " + result.output.rows.length + " of " + result.output.total_rows + " rows)" : ""),
          result.output.columns, result.output.rows, ""));
        shown = true;
      }
      if (result.diff) {
        var diff = result.diff;
        var columns = diff.expected_columns || (result.output ? result.output.columns : []);
        section.appendChild(element("p", { class: "diff-summary" }, diff.message));
        if (diff.missing_rows && diff.missing_rows.length) {
          section.appendChild(dataTable("Expected but missing", columns, diff.missing_rows, "missing"));
        }
        if (diff.extra_rows && diff.extra_rows.length) {
          section.appendChild(dataTable("Returned but not expected", columns, diff.extra_rows, "extra"));
        }
        if (diff.first_mismatch) {
          var cell = diff.first_mismatch;
          section.appendChild(element("p", { class: "mismatch" }, "First difference: row " + cell.row + ", column " + cell.column +
            ": expected " + cell.expected + ", got " + cell.actual));
        }
        shown = true;
      }
      if (shown) { nodes.push(section); }
    });
    (report.notes || []).forEach(function (note) { nodes.push(element("p", { class: "meta" }, "Note: " + note)); });
    container.replaceChildren.apply(container, nodes);
  }

  function dataTable(caption, columns, rows, kind) {
    var wrapper = element("div", { class: "scroll" });
    var table = element("table", { class: "data " + kind });
    table.appendChild(element("caption", {}, caption));
    var head = element("tr");
    (columns || []).forEach(function (name) { head.appendChild(element("th", { scope: "col" }, name)); });
    table.appendChild(element("thead")).appendChild(head);
    var body = element("tbody");
    rows.forEach(function (cells) {
      var row = element("tr");
      cells.forEach(function (value) { row.appendChild(element("td", {}, value)); });
      body.appendChild(row);
    });
    table.appendChild(body);
    wrapper.appendChild(table);
    return wrapper;
  }

  function verdictName(verdict) {
    return {
      accepted: "Accepted", wrong_answer: "Wrong answer", time_limit: "Time limit exceeded",
      memory_limit: "Memory limit exceeded", runtime_error: "Runtime error", output_limit: "Output limit exceeded",
      invalid_submission: "Invalid submission", internal_error: "Internal error (not your fault)"
    }[verdict] || verdict;
  }

  // ---- Drill: Space reveals, 1-4 rate ----
  var drill = document.getElementById("drill");
  if (drill) { setUpDrill(drill); }

  function setUpDrill(root) {
    var status = document.getElementById("drill-status");
    var card = document.getElementById("drill-card");
    var answer = document.getElementById("drill-answer");
    var back = document.getElementById("drill-back");
    var ratings = document.getElementById("drill-ratings");
    var revealButton = document.getElementById("drill-reveal");
    var track = root.dataset.track;
    var current = null;   // the card on screen
    var revealed = null;  // its reveal, once shown
    var rated = 0;
    var busy = false;

    function load() {
      busy = true;
      getJSON("/api/drill/next" + (track ? "?track=" + encodeURIComponent(track) : "")).then(function (next) {
        busy = false;
        current = next.card;
        revealed = null;
        if (!current) {
          card.hidden = true;
          var text = rated > 0 ? "Session over: " + rated + " rated, every rating saved. " : "Nothing is due right now. ";
          if (next.nextDue) { text += "The next review is due " + new Date(next.nextDue).toLocaleString() + "."; }
          status.textContent = text;
          return;
        }
        status.textContent = next.due + " due and " + next.new + " new left today" + (rated ? " · " + rated + " rated" : "") + ".";
        document.getElementById("drill-label").textContent = current.trackName + " · " + current.difficulty + (current.isNew ? " · new" : "");
        document.getElementById("drill-title").textContent = current.title;
        document.getElementById("drill-prompt").innerHTML = current.promptHTML;
        answer.value = "";
        answer.disabled = false;
        back.hidden = true;
        revealButton.hidden = false;
        card.hidden = false;
        card.dataset.question = current.id;
        // Focus the question, not the answer box, so Space reveals (as in Anki); Tab reaches the box.
        document.getElementById("drill-title").focus();
      }).catch(function (error) { busy = false; status.textContent = "Could not load the queue: " + error.message; });
    }

    function reveal() {
      if (!current || revealed || busy) { return; }
      busy = true;
      post("/api/drill/" + encodeURIComponent(current.id) + "/reveal", { answer: answer.value }).then(function (result) {
        busy = false;
        revealed = result;
        answer.disabled = true;
        document.getElementById("drill-model").innerHTML = result.answerHTML;
        var points = document.getElementById("drill-points");
        points.replaceChildren();
        result.keyPoints.forEach(function (point) {
          var mark = point.covered === true ? "✓ " : point.covered === false ? "✗ " : "• ";
          points.appendChild(element("li", { class: point.covered === true ? "ok" : point.covered === false ? "bad" : "" }, mark + point.point));
        });
        document.getElementById("drill-coverage").textContent = result.coverage === null || result.coverage === undefined ? ""
          : "(you covered " + Math.round(result.coverage * 100) + "%)";
        ratings.replaceChildren();
        result.choices.forEach(function (choice) {
          var button = element("button", { type: "button", class: "rate" + (choice.suggested ? " suggested" : ""), "data-rating": String(choice.rating) });
          button.appendChild(element("kbd", {}, String(choice.rating)));
          button.appendChild(document.createTextNode(" " + choice.name + " "));
          button.appendChild(element("span", { class: "interval" }, choice.interval));
          if (choice.suggested) { button.setAttribute("aria-describedby", "drill-coverage"); button.title = "Suggested from your answer"; }
          button.addEventListener("click", function () { rate(choice.rating); });
          ratings.appendChild(button);
        });
        revealButton.hidden = true;
        back.hidden = false;
        var suggested = ratings.querySelector(".suggested") || ratings.querySelector('[data-rating="3"]');
        if (suggested) { suggested.focus(); }
      }).catch(function (error) { busy = false; status.textContent = "Could not check the answer: " + error.message; });
    }

    function rate(rating) {
      if (!current || !revealed || busy) { return; }
      busy = true;
      post("/api/drill/" + encodeURIComponent(current.id) + "/rate", { rating: rating, coverage: revealed.coverage })
        .then(function () { busy = false; rated += 1; load(); })
        .catch(function (error) { busy = false; status.textContent = "Not saved: " + error.message; });
    }

    revealButton.addEventListener("click", reveal);
    answer.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); reveal(); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) { return; }
      if (event.key === " " && !revealed) { event.preventDefault(); reveal(); return; }
      if (revealed && /^[1-4]$/.test(event.key)) { event.preventDefault(); rate(Number(event.key)); }
    });
    load();
  }

  // ---- Mock interviews: forms post JSON to the API and follow where it says to go next ----
  document.querySelectorAll("form[data-api]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = {};
      var errorBox = document.getElementById("mock-error");
      Array.prototype.forEach.call(form.elements, function (field) {
        if (!field.name || field.type === "submit") { return; }
        if (field.type === "radio") {
          if (field.checked) { (body.scores = body.scores || [])[Number(field.name.split("-")[1])] = Number(field.value); }
          return;
        }
        if (field.name === "design") { (body.design = body.design || []).push(field.value); return; }
        body[field.name] = field.value;
      });
      if (event.submitter && event.submitter.name) { body[event.submitter.name] = event.submitter.value; }
      Array.prototype.forEach.call(form.querySelectorAll("button"), function (button) { button.disabled = true; });
      post(form.getAttribute("data-api"), body).then(function (moved) {
        window.location.href = moved.url;
      }).catch(function (error) {
        Array.prototype.forEach.call(form.querySelectorAll("button"), function (button) { button.disabled = false; });
        if (errorBox) { errorBox.hidden = false; errorBox.textContent = error.message; }
      });
    });
  });

  // The segment clock: time used against the budget, updated every second, marked once the budget is spent.
  var timer = document.getElementById("mock-timer");
  if (timer) {
    var started = Number(timer.getAttribute("data-started"));
    var budget = Number(timer.getAttribute("data-budget"));
    var clockText = function (seconds) {
      var whole = Math.max(0, Math.floor(seconds));
      var rest = whole % 60;
      return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
    };
    var tick = function () {
      var used = (Date.now() - started) / 1000;
      timer.textContent = clockText(used) + " of " + clockText(budget) + (used > budget ? " (over budget: wrap up)" : "");
      timer.classList.toggle("over", used > budget);
    };
    tick();
    window.setInterval(tick, 1000);
  }
  // ---- Study plan: make or change it, then show the new calendar ----
  var planForm = document.getElementById("plan-form");
  if (planForm) {
    planForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var status = document.getElementById("plan-status");
      var minutes = planForm.elements.minutes_per_day.value;
      planForm.setAttribute("aria-busy", "true");
      status.textContent = "Planning…";
      post("/api/plan", {
        interview_date: planForm.elements.interview_date.value,
        minutes_per_day: minutes ? Number(minutes) : null,
        weekends: planForm.elements.weekends.checked
      }).then(function () { window.location.assign("/plan"); })
        .catch(function (error) { status.textContent = "Not planned: " + error.message; })
        .then(function () { planForm.removeAttribute("aria-busy"); });
    });
  }

  // ---- Checklists: boxes only the candidate can know about ----
  document.querySelectorAll("input.tick").forEach(function (box) {
    box.addEventListener("change", function () {
      var status = box.closest("li").querySelector(".tick-status");
      post("/api/checklist/" + encodeURIComponent(box.dataset.item), { ticked: box.checked })
        .then(function (saved) {
          box.checked = saved.done;
          box.closest("li").classList.toggle("done", saved.done);
          status.textContent = saved.done ? "Saved: done." : "Saved: not done.";
          var counter = document.getElementById("checklist-done");
          if (counter) { counter.textContent = String(document.querySelectorAll(".checklist li.done").length); }
        })
        .catch(function (error) { box.checked = !box.checked; status.textContent = "Not saved: " + error.message; });
    });
  });

  // ---- Story editor: lint as the candidate types, save, delete ----
  var storyForm = document.getElementById("story-form");
  if (storyForm) {
    var storyValue = function () {
      var principles = [];
      storyForm.querySelectorAll('input[name="principles"]:checked').forEach(function (box) { principles.push(box.value); });
      return {
        title: storyForm.elements.title.value,
        situation: storyForm.elements.situation.value,
        task: storyForm.elements.task.value,
        action: storyForm.elements.action.value,
        result: storyForm.elements.result.value,
        principles: principles,
        questions: storyForm.elements.questions.value.split("\n")
      };
    };
    var showLint = function (report) {
      var list = document.getElementById("lint-problems");
      list.textContent = "";
      report.problems.forEach(function (problem) {
        var item = element("li");
        item.appendChild(element("strong", {}, problem.field));
        item.appendChild(document.createTextNode(": " + problem.message));
        list.appendChild(item);
      });
      document.getElementById("lint-timing").textContent = report.word_count + " words, about " + report.minutes + " minutes to tell.";
      document.getElementById("lint-ok").hidden = !report.passes;
    };
    var lintTimer = null;
    var lintNow = function () {
      post("/api/stories/lint", storyValue()).then(showLint)
        .catch(function (error) { document.getElementById("lint-timing").textContent = "Lint unavailable: " + error.message; });
    };
    storyForm.addEventListener("input", function () {
      window.clearTimeout(lintTimer);
      lintTimer = window.setTimeout(lintNow, 300);
    });
    lintNow();
    storyForm.addEventListener("submit", function (event) {
      event.preventDefault();
      var status = document.getElementById("story-status");
      var id = storyForm.dataset.story;
      status.textContent = "Saving…";
      post(id ? "/api/stories/" + encodeURIComponent(id) : "/api/stories", storyValue())
        .then(function (saved) {
          showLint(saved.lint);
          status.textContent = saved.lint.passes ? "Saved. It passes the lint." : "Saved, with " + saved.lint.problems.length + " problem(s) to fix before it counts.";
          if (!id) { storyForm.dataset.story = saved.story.id; window.history.replaceState(null, "", "/stories/" + encodeURIComponent(saved.story.id)); }
        })
        .catch(function (error) { status.textContent = "Not saved: " + error.message; });
    });
    var deleteButton = document.getElementById("story-delete");
    if (deleteButton) {
      deleteButton.addEventListener("click", function () {
        if (!window.confirm("Delete this story? It cannot be undone.")) { return; }
        post("/api/stories/" + encodeURIComponent(storyForm.dataset.story) + "/delete", {})
          .then(function () { window.location.assign("/stories"); })
          .catch(function (error) { document.getElementById("story-status").textContent = "Not deleted: " + error.message; });
      });
    }
  }

  // ---- Lab page: start the emulator, copy its environment, run the checks ----
  var labRoot = document.getElementById("lab");
  if (labRoot) {
    var labID = labRoot.dataset.lab;
    var stepTitles = {};
    try { stepTitles = JSON.parse(labRoot.dataset.steps || "{}"); } catch (ignored) { stepTitles = {}; }
    var labStatus = document.getElementById("lab-status");
    var labButtons = ["lab-start", "lab-check", "lab-reset", "lab-stop"].map(function (id) { return document.getElementById(id); });
    var showRunning = function (running) {
      document.getElementById("lab-start").hidden = running;
      document.getElementById("lab-check").hidden = !running;
      document.getElementById("lab-reset").hidden = !running;
      document.getElementById("lab-stop").hidden = !running;
      document.getElementById("lab-env-block").hidden = !running;
      var other = document.getElementById("lab-other");
      if (other && running) { other.hidden = true; }
    };
    var showStarted = function (started) {
      document.getElementById("lab-env").textContent = started.exports;
      document.getElementById("lab-endpoint").textContent = started.endpoint;
      showRunning(true);
    };
    var busyWith = function (message, call) {
      labButtons.forEach(function (button) { button.disabled = true; });
      labStatus.textContent = message;
      return call().catch(function (error) { labStatus.textContent = error.message; })
        .then(function () { labButtons.forEach(function (button) { button.disabled = false; }); });
    };
    var resultList = function (results) {
      var list = element("ul", { class: "lab-checks" });
      results.forEach(function (result) {
        var item = element("li", { class: result.passed ? "passed" : "failed" });
        item.appendChild(element("span", { class: result.passed ? "ok" : "bad", "aria-label": result.passed ? "passed" : "failed" }, result.passed ? "✓ " : "✗ "));
        item.appendChild(element("span", {}, result.title));
        if (!result.passed) {
          item.appendChild(element("p", { class: "meta" }, result.detail));
          item.appendChild(element("p", { class: "hint" }, "Hint: " + result.hint));
        }
        list.appendChild(item);
      });
      return list;
    };
    var showReport = function (checked) {
      var report = checked.report;
      var results = document.getElementById("lab-results");
      var nodes = [];
      var total = (report.results || []).length;
      if (report.steps) {
        total = report.checks;
        report.steps.forEach(function (step, index) {
          nodes.push(element("h3", {}, (step.passed ? "✓ " : "✗ ") + "Step " + (index + 1) + ": " + (stepTitles[step.lab] || step.lab) + " (" + step.passed_count + "/" + step.results.length + ")"));
          nodes.push(resultList(step.results));
        });
        if (report.wiring) {
          nodes.push(element("h3", {}, "How the steps fit together (" + report.wiring.passed_count + "/" + report.wiring.results.length + ")"));
          nodes.push(resultList(report.wiring.results));
        }
      } else {
        nodes.push(resultList(report.results));
      }
      var verdict = element("p", { class: "verdict " + (report.passed ? "ok" : "bad"), id: "lab-verdict" },
        report.passed ? "Every check passes (" + report.passed_count + " of " + total + "), and it is recorded as passed."
                      : report.passed_count + " of " + total + " checks pass. Fix the ones marked ✗ and check again.");
      results.replaceChildren.apply(results, [verdict].concat(nodes));
      labStatus.textContent = "";
    };
    document.getElementById("lab-start").addEventListener("click", function () {
      busyWith("Starting the local AWS emulator…", function () {
        return post("/api/labs/" + encodeURIComponent(labID) + "/start", {}).then(function (started) { showStarted(started); labStatus.textContent = "Running."; });
      });
    });
    document.getElementById("lab-reset").addEventListener("click", function () {
      busyWith("Starting again from the lab's starting state…", function () {
        return post("/api/labs/" + encodeURIComponent(labID) + "/reset", {}).then(function (started) {
          showStarted(started);
          document.getElementById("lab-results").replaceChildren();
          labStatus.textContent = "Reset: a fresh emulator, nothing built yet.";
        });
      });
    });
    document.getElementById("lab-stop").addEventListener("click", function () {
      busyWith("Stopping…", function () {
        return post("/api/labs/stop", {}).then(function (stopped) {
          showRunning(false);
          labStatus.textContent = stopped.stopped ? "Stopped the lab server for " + stopped.stopped + "." : "No lab server was running.";
        });
      });
    });
    document.getElementById("lab-check").addEventListener("click", function () {
      busyWith("Checking through the AWS APIs…", function () {
        return post("/api/labs/" + encodeURIComponent(labID) + "/check", {}).then(showReport);
      });
    });
    document.getElementById("lab-copy").addEventListener("click", function () {
      var text = document.getElementById("lab-env").textContent;
      var copyStatus = document.getElementById("lab-copy-status");
      var fallback = function () {
        // Without the clipboard API (plain http on some browsers), select the block so Ctrl-C copies it.
        var range = document.createRange();
        range.selectNodeContents(document.getElementById("lab-env"));
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        var copied = false;
        try { copied = document.execCommand("copy"); } catch (ignored) { copied = false; }
        copyStatus.textContent = copied ? "Copied." : "Selected: press Ctrl-C (⌘-C) to copy.";
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(function () { copyStatus.textContent = "Copied."; }, fallback);
      } else {
        fallback();
      }
    });
  }
})();
