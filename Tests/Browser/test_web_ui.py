"""The web app in a real browser: Debian's headless Chromium driven by selenium against `onsite serve` on a
random port, with a fresh home. Run by the Swift test BrowserSuiteTests (or directly with pytest, given ONSITE_BIN).

On failure a screenshot and the page source of every open page go to $ONSITE_ARTIFACTS (default
.build/test-artifacts/browser).
"""
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTIFACTS = pathlib.Path(os.environ.get("ONSITE_ARTIFACTS", ROOT / ".build" / "test-artifacts" / "browser"))
WAIT = 20


@pytest.fixture(scope="module")
def server():
    binary = os.environ.get("ONSITE_BIN", str(ROOT / ".build" / "debug" / "onsite"))
    home = tempfile.mkdtemp(prefix="onsite-browser-")
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "ONSITE_HOME": home, "NO_COLOR": "1"}
    if os.environ.get("ONSITE_CONTENT"):
        env["ONSITE_CONTENT"] = os.environ["ONSITE_CONTENT"]
    process = subprocess.Popen([binary, "serve", "--port", "0", "--log-level", "warning"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    address = None
    deadline = time.time() + 60
    lines = []
    while time.time() < deadline and address is None:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        match = re.search(r"http://127\.0\.0\.1:\d+", line)
        if match:
            address = match.group(0)
    if address is None:
        process.kill()
        pytest.fail("onsite serve printed no address: " + "".join(lines))
    yield address
    process.send_signal(signal.SIGINT)
    try:
        assert process.wait(timeout=20) == 0, "graceful shutdown exits 0"
    finally:
        if process.poll() is None:
            process.kill()
        shutil.rmtree(home, ignore_errors=True)


def make_browser(width, height):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--lang=en-US"):
        options.add_argument(argument)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    options.binary_location = chromium
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    browser = webdriver.Chrome(service=Service(driver), options=options)
    browser.set_page_load_timeout(30)
    return browser


@pytest.fixture
def browser(request):
    browser = make_browser(1280, 900)
    yield browser
    save_artifacts_on_failure(request, browser)
    browser.quit()


@pytest.fixture
def phone(request):
    browser = make_browser(800, 900)
    # A desktop window cannot be made 375 px wide everywhere; emulate the phone's viewport, as DevTools does.
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True})
    yield browser
    save_artifacts_on_failure(request, browser)
    browser.quit()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, "report_" + report.when, report)


def save_artifacts_on_failure(request, browser):
    report = getattr(request.node, "report_call", None)
    if report is None or not report.failed:
        return
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = request.node.name
    browser.save_screenshot(str(ARTIFACTS / f"{name}.png"))
    (ARTIFACTS / f"{name}.html").write_text(browser.page_source, encoding="utf-8")
    print(f"screenshot and page source saved to {ARTIFACTS}/{name}.*")


def api(server, path):
    with urllib.request.urlopen(server + path, timeout=10) as response:
        return json.load(response)


def wait_for(browser, condition, message):
    # A condition may read an element the page is replacing at that moment; that is "not yet", not a failure.
    return WebDriverWait(browser, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(condition, message)


def reference_solution(challenge_id):
    for problem in (ROOT / "content" / "challenges" / "sql").glob("*/problem.md"):
        if re.search(rf"^id: {re.escape(challenge_id)}$", problem.read_text(encoding="utf-8"), re.MULTILINE):
            return (problem.parent / "solution.sql").read_text(encoding="utf-8")
    raise AssertionError(f"no SQL challenge {challenge_id}")


def set_editor(browser, text):
    # Typing a whole query key by key would trip the editor's own Tab/Enter handling; set it as a paste would.
    browser.execute_script(
        "const area = document.getElementById('code'); area.value = arguments[0];"
        "area.dispatchEvent(new Event('input'));", text)


def test_dashboard_opens(server, browser):
    browser.get(server + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Today"
    chart = browser.find_element(By.CSS_SELECTOR, "svg.chart")
    assert chart.get_attribute("role") == "img"
    assert browser.find_element(By.LINK_TEXT, "Start today's drill").is_displayed()


def test_solve_a_sql_challenge(server, browser):
    browser.get(server + "/challenges/sql-running-total")
    editor = browser.find_element(By.ID, "code")
    set_editor(browser, "SELECT account_id, txn_date, id, amount, amount AS running_balance FROM transactions")
    editor.click()
    # Ctrl+Enter runs the sample: a wrong answer shows the verdict and the rows that differ.
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    verdict = wait_for(browser, ready.visibility_of_element_located((By.CSS_SELECTOR, "#results .verdict")), "no verdict after Run")
    assert "Wrong answer" in verdict.text
    assert "sample only" in verdict.text
    diff_tables = browser.find_elements(By.CSS_SELECTOR, "#results table.data.missing, #results table.data.extra")
    assert diff_tables, "a wrong answer on the sample shows the missing or extra rows"
    assert browser.find_elements(By.CSS_SELECTOR, "#results table.data tbody tr")

    set_editor(browser, reference_solution("sql-running-total"))
    browser.find_element(By.ID, "submit").click()
    wait_for(browser, lambda b: "Accepted" in b.find_element(By.CSS_SELECTOR, "#results .verdict").text,
             "the reference solution is not accepted")
    assert "(recorded)" in browser.find_element(By.CSS_SELECTOR, "#results .verdict").text
    solved = api(server, "/api/challenges?status=solved")
    assert "sql-running-total" in [row["id"] for row in solved["challenges"]]


def test_editor_tab_indents(server, browser):
    browser.get(server + "/challenges/py-find-duplicates")
    set_editor(browser, "")
    editor = browser.find_element(By.ID, "code")
    editor.click()
    editor.send_keys("x", Keys.TAB, "y")
    assert editor.get_attribute("value") == "x    y"
    assert browser.switch_to.active_element == editor, "Tab stays in the editor"


def test_drill_three_cards_with_the_keyboard(server, browser):
    before = api(server, "/api/progress")["reviewsToday"]
    browser.get(server + "/drill")
    titles = []
    body = browser.find_element(By.TAG_NAME, "body")
    for number in range(3):
        title = wait_for(browser, ready.visibility_of_element_located((By.ID, "drill-title")), "no card shown")
        wait_for(browser, lambda b: b.find_element(By.ID, "drill-title").text not in titles[-1:], "the next card did not come")
        titles.append(browser.find_element(By.ID, "drill-title").text)
        body.send_keys(Keys.SPACE)  # reveal
        wait_for(browser, ready.visibility_of_element_located((By.ID, "drill-back")), "Space did not reveal the answer")
        buttons = browser.find_elements(By.CSS_SELECTOR, "#drill-ratings button")
        assert [b.text.split()[1] for b in buttons] == ["Again", "Hard", "Good", "Easy"]
        assert all(re.search(r"\d+(m|h|d|mo|y)$|<1m$", b.text) for b in buttons), "each rating shows its interval"
        browser.switch_to.active_element.send_keys("4" if number < 2 else "3")
        wait_for(browser, lambda b: api(server, "/api/progress")["reviewsToday"] == before + number + 1,
                 f"rating {number + 1} was not saved")
    assert len(set(titles)) == 3, titles


def test_search_the_bank_and_star_a_question(server, browser):
    browser.get(server + "/questions")
    box = browser.find_element(By.ID, "search")
    box.send_keys("partition pruning", Keys.ENTER)
    wait_for(browser, ready.presence_of_element_located((By.ID, "hits-heading")), "no search results")
    marks = browser.find_elements(By.CSS_SELECTOR, ".hits mark")
    assert marks and all(m.text for m in marks), "matches are highlighted"
    first = browser.find_elements(By.CSS_SELECTOR, ".hits li a")
    question_links = [a for a in first if "/questions/" in a.get_attribute("href")]
    assert question_links
    question_links[0].click()
    star = wait_for(browser, ready.element_to_be_clickable((By.CSS_SELECTOR, "button.star")), "no star button")
    question_id = star.get_attribute("data-question")
    assert star.get_attribute("aria-pressed") == "false"
    star.click()
    wait_for(browser, lambda b: b.find_element(By.CSS_SELECTOR, "button.star").get_attribute("aria-pressed") == "true",
             "the star did not stick")
    starred = api(server, "/api/questions?starred=1")
    assert [row["id"] for row in starred["questions"]] == [question_id]


def test_pages_fit_a_375_pixel_phone(server, phone):
    for path in ("/", "/questions", "/challenges/sql-running-total", "/drill", "/progress", "/guide", "/scenarios",
                 "/scenarios/sd-log-processing", "/questions/sd-log-processing", "/estimate?scenario=sd-log-processing",
                 "/mock", "/plan", "/checklist", "/stories", "/stories/new", "/stories/sample-etl-runtime",
                 "/labs", "/labs/lab-s3-data-lake", "/labs/project-log-processing",
                 "/offer?name1=Acme&base1=150000&signon1_1=50000&signon2_1=30000&stock1=200000&bonus1=10%25&name2=Other&base2=180000"):
        phone.get(server + path)
        wait_for(phone, lambda b: b.execute_script("return document.readyState") == "complete", f"{path} did not load")
        # Open the reference design, so the wide architecture diagram is laid out too (it scrolls in its own box).
        phone.execute_script("document.querySelectorAll('details').forEach(d => d.open = true)")
        width = phone.execute_script("return window.innerWidth")
        assert width == 375, f"{path} is laid out {width}px wide at 375px: something on it does not shrink"
        overflow = phone.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 375px"
        nav = phone.find_element(By.CSS_SELECTOR, "nav")
        assert nav.size["width"] <= 375
        editor = phone.find_elements(By.ID, "code")
        if editor:
            assert editor[0].size["width"] <= 375, "the editor fits the screen"


def test_behavioral_mock_end_to_end(server, browser):
    browser.get(server + "/mock")
    browser.find_element(By.CSS_SELECTOR, 'button[data-start="behavioral"]').click()
    wait_for(browser, lambda b: "/mock/run/" in b.current_url, "starting a mock did not open its run page")
    timer = browser.find_element(By.ID, "mock-timer")
    assert re.search(r"^\d+:\d\d of 5:00", timer.text), timer.text

    # The introduction, then four Leadership Principle stories in STAR fields, then the candidate's questions.
    browser.find_element(By.ID, "mock-text").send_keys("I run the data platform at a retailer.")
    browser.find_element(By.CSS_SELECTOR, 'button[value="answer"]').click()
    stories = []
    for number in range(4):
        wait_for(browser, lambda b: b.find_elements(By.ID, "star-situation"), f"story {number + 1} not shown")
        stories.append(browser.find_element(By.CSS_SELECTOR, ".mock-item h3").text)
        assert re.search(r"of 48:00", browser.find_element(By.ID, "mock-timer").text)
        browser.find_element(By.ID, "star-situation").send_keys("Our nightly load missed its window twice in one week.")
        browser.find_element(By.ID, "star-task").send_keys("I owned getting it back under two hours.")
        browser.find_element(By.ID, "star-action").send_keys("I profiled the job, found a skewed join and salted the key.")
        if number < 3:  # the last story leaves Result empty, which the report must call out
            browser.find_element(By.ID, "star-result").send_keys("It ran in 40 minutes, measured over the next month.")
        browser.find_element(By.CSS_SELECTOR, 'button[value="answer"]').click()
        wait_for(browser, lambda b: b.find_elements(By.CSS_SELECTOR, ".mock-feedback h2")
                 and stories[-1] in b.find_element(By.CSS_SELECTOR, ".mock-feedback h2").text,
                 f"no feedback on story {number + 1}")
    assert len(set(stories)) == 4, stories
    browser.find_element(By.ID, "mock-text").send_keys("How do you decide what to build next?")
    browser.find_element(By.CSS_SELECTOR, 'button[value="answer"]').click()

    # Self-scores against the rubric, then the report.
    wait_for(browser, lambda b: b.find_elements(By.ID, "mock-score"), "no scoring form at the end")
    fieldsets = browser.find_elements(By.CSS_SELECTOR, "fieldset.mock-score")
    assert len(fieldsets) == 3
    for fieldset, score in zip(fieldsets, ["3", "2", "4"]):
        fieldset.find_element(By.CSS_SELECTOR, f'input[value="{score}"]').click()
    browser.find_element(By.CSS_SELECTOR, "#mock-score button[type=submit]").click()
    wait_for(browser, lambda b: "/mock/reports/" in b.current_url, "saving the scores did not open the report")
    report = browser.find_element(By.CSS_SELECTOR, "article.mock-report").text
    assert "Mock interview: Behavioral" in report
    assert "2 Partly there" in report and "3 Hire" in report and "4 Strong hire" in report
    assert "STAR parts left empty: Result." in report
    for story in stories:
        assert story in report
    # The Leadership Principles segment scored 2, so its stories are due in the drill now.
    report_id = browser.current_url.rsplit("/", 1)[1]
    saved = api(server, "/api/mocks/" + report_id)
    assert [segment["self_score"] for segment in saved["segments"]] == [3, 2, 4]
    assert set(saved["pushed_to_drill"]) >= {item["item"]["id"] for item in saved["segments"][1]["items"]}
    history = api(server, "/api/mocks")
    assert report_id in [row["id"] for row in history["mocks"]]
    browser.get(server + "/mock")
    assert browser.find_element(By.CSS_SELECTOR, "svg.chart").get_attribute("role") == "img"


def set_field(browser, element_id, text):
    # Set as a paste would, then tell the page, so long text does not take seconds of key presses.
    browser.execute_script(
        "const field = document.getElementById(arguments[0]); field.value = arguments[1];"
        "field.dispatchEvent(new Event('input', {bubbles: true}));", element_id, text)


def test_make_a_plan_and_tick_a_checklist_box(server, browser):
    browser.get(server + "/plan")
    form = browser.find_element(By.ID, "plan-form")
    # A date input's typed format follows the browser's locale; set the ISO value the input holds.
    browser.execute_script("document.querySelector('#plan-form input[name=interview_date]').value = arguments[0]",
                           time.strftime("%Y-%m-%d", time.gmtime(time.time() + 40 * 86400)))
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait_for(browser, ready.presence_of_element_located((By.CSS_SELECTOR, "table.month")), "no calendar after planning")
    assert browser.find_elements(By.CSS_SELECTOR, "table.month td[aria-current=date]"), "today is marked"
    tasks = browser.find_elements(By.CSS_SELECTOR, ".plan-day .tasks li")
    assert tasks, "today's tasks are listed"
    assert 39 <= api(server, "/api/plan")["days_left"] <= 41  # the server counts days in its own time zone

    browser.get(server + "/checklist")
    box = browser.find_element(By.CSS_SELECTOR, "input.tick[data-item=logistics-1]")
    assert not box.is_selected()
    box.click()
    wait_for(browser, lambda b: "Saved: done." in b.find_element(By.CSS_SELECTOR, "li.done .tick-status").text,
             "the tick was not saved")
    statuses = {item["id"]: item for item in api(server, "/api/checklist")}
    assert statuses["logistics-1"]["done"] is True
    browser.refresh()
    assert browser.find_element(By.CSS_SELECTOR, "input.tick[data-item=logistics-1]").is_selected()


def test_story_editor_lints_as_you_type_and_saves(server, browser):
    browser.get(server + "/stories/new")
    wait_for(browser, lambda b: "words" in b.find_element(By.ID, "lint-timing").text, "the lint did not run on load")
    set_field(browser, "story-title", "Rebuilt the late-arriving orders load")
    set_field(browser, "story-action", "We talked about it and we changed the job.")
    set_field(browser, "story-result", "Things were better afterwards.")
    wait_for(browser, lambda b: "measurable" in b.find_element(By.ID, "lint-problems").text, "no measurable-result problem")
    problems = browser.find_element(By.ID, "lint-problems").text
    assert "says \"we\" but never \"I\"" in problems
    assert not browser.find_element(By.ID, "lint-ok").is_displayed()

    sample = api(server, "/api/stories")[0]["story"]
    for field in ("situation", "task", "action", "result"):
        set_field(browser, "story-" + field, sample[field])
    for principle in ("ownership", "dive-deep"):
        browser.find_element(By.CSS_SELECTOR, f"input[name=principles][value={principle}]").click()
    wait_for(browser, lambda b: b.find_element(By.ID, "lint-ok").is_displayed(), "a complete story does not pass the lint")
    assert browser.find_element(By.ID, "lint-problems").text == ""

    browser.find_element(By.CSS_SELECTOR, "#story-form button[type=submit]").click()
    wait_for(browser, lambda b: "Saved. It passes the lint." in b.find_element(By.ID, "story-status").text, "not saved")
    assert browser.current_url.endswith("/stories/rebuilt-the-late-arriving-orders-load")
    browser.get(server + "/stories")
    row = browser.find_element(By.XPATH, "//table[contains(@class,'matrix')]//th[text()='Ownership']/..")
    assert "✓" in row.text


def test_lab_page_starts_copies_and_checks(server, browser):
    browser.get(server + "/labs")
    browser.find_element(By.CSS_SELECTOR, "a[href='/labs/lab-kms-secrets']").click()
    wait_for(browser, ready.element_to_be_clickable((By.ID, "lab-start")), "no start button")
    assert not browser.find_element(By.ID, "lab-env-block").is_displayed(), "no environment before the server runs"
    browser.find_element(By.ID, "lab-start").click()
    try:
        wait_for(browser, lambda b: b.find_element(By.ID, "lab-env-block").is_displayed(), "the environment did not appear")
        exports = browser.find_element(By.ID, "lab-env").text
        assert re.search(r"export AWS_ENDPOINT_URL=http://127\.0\.0\.1:\d+", exports), exports

        # The copy button puts exactly the exports on the clipboard (permission granted as a user would).
        browser.execute_cdp_cmd("Browser.grantPermissions", {"origin": server, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
        browser.find_element(By.ID, "lab-copy").click()
        wait_for(browser, lambda b: b.find_element(By.ID, "lab-copy-status").text == "Copied.", "the copy was not confirmed")
        copied = browser.execute_async_script("navigator.clipboard.readText().then(arguments[0], () => arguments[0](null));")
        assert copied == exports, f"clipboard holds {copied!r}"

        browser.find_element(By.ID, "lab-check").click()
        wait_for(browser, lambda b: "0 of 4 checks pass" in b.find_element(By.ID, "lab-verdict").text, "no failing verdict")
        assert browser.find_elements(By.CSS_SELECTOR, "#lab-results .hint"), "failed checks show their hints"

        # Do the lab the way a candidate would: the copied environment and the venv's aws CLI.
        solution = ROOT / "content" / "labs" / "kms-secrets" / "solution.sh"
        shell = subprocess.run(["/bin/bash", "-c", copied + "\nset -euo pipefail\nsource " + str(solution)],
                               env={"PATH": str(ROOT / ".venv" / "bin") + ":/usr/bin:/bin", "AWS_PAGER": "",
                                    "HOME": tempfile.gettempdir()},
                               capture_output=True, text=True, timeout=120)
        assert shell.returncode == 0, shell.stdout + shell.stderr

        browser.find_element(By.ID, "lab-check").click()
        wait_for(browser, lambda b: "Every check passes" in b.find_element(By.ID, "lab-verdict").text, "the solved lab did not pass")
        assert not browser.find_elements(By.CSS_SELECTOR, "#lab-results .hint")
        row = next(item for item in api(server, "/api/labs") if item["id"] == "lab-kms-secrets")
        assert row["passed"] is True and row["running"] is True
    finally:
        urllib.request.urlopen(urllib.request.Request(server + "/api/labs/stop", method="POST", data=b"{}", headers={
            "Content-Type": "application/json", "Origin": server,
            "X-CSRF-Token": browser.find_element(By.CSS_SELECTOR, "meta[name=csrf-token]").get_attribute("content")}), timeout=30)
    browser.refresh()
    wait_for(browser, ready.element_to_be_clickable((By.ID, "lab-start")), "the start button is back once stopped")


def test_project_page_checks_step_by_step(server, browser):
    browser.get(server + "/labs/project-log-processing")
    wait_for(browser, ready.element_to_be_clickable((By.ID, "lab-start")), "no start button")
    assert "Telling it in an interview" in browser.find_element(By.ID, "writeup-heading").find_element(By.XPATH, "..").text
    browser.find_element(By.ID, "lab-start").click()
    try:
        wait_for(browser, ready.element_to_be_clickable((By.ID, "lab-check")), "the check button did not appear")
        browser.find_element(By.ID, "lab-check").click()
        wait_for(browser, lambda b: "checks pass" in b.find_element(By.ID, "lab-verdict").text, "no verdict")
        headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#lab-results h3")]
        assert headings[0].startswith("✗ Step 1: A data-lake bucket"), headings
        assert any(h.startswith("How the steps fit together") for h in headings), headings
        assert browser.find_element(By.ID, "lab-verdict").text.startswith("0 of ")
    finally:
        browser.find_element(By.ID, "lab-stop").click()
        wait_for(browser, lambda b: "Stopped the lab server" in b.find_element(By.ID, "lab-status").text, "not stopped")
