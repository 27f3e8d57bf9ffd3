// End-to-end test of the ask page (GET /) and the article reader in Chromium, against a running packaged service:
//   node ask-page.mjs [base URL]   (default $SOURCED_URL or http://localhost:8080)
// It asks a README question and follows [1] to the reader, asks an unanswerable and an empty question, on a desktop
// and a phone viewport, with the keyboard only, and once without JavaScript. Screenshots go to service/target/e2e/.
// The browser is the system's Chromium ($CHROMIUM, default /usr/bin/chromium): playwright-core downloads none.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const base = (process.argv[2] || process.env.SOURCED_URL || "http://localhost:8080").replace(/\/$/, "");
const out = fileURLToPath(new URL("../../../target/e2e/", import.meta.url));
const ANSWERED = "How many South Koreans were in the region as of Thursday?";
const UNANSWERABLE = "Who won the 2022 FIFA World Cup?";
const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

mkdirSync(out, { recursive: true });

function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

const squash = (text) => text.replace(/\s+/g, " ").trim();

async function ask(page, question) {
  // Keyboard only: the box is found by its label, the question typed and sent with Enter.
  const box = page.getByLabel("Your question");
  await box.focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Backspace");
  if (question) {
    await page.keyboard.type(question);
  }
  const streamed = page.waitForResponse((r) => r.url().endsWith("/api/ask/stream"));
  await page.keyboard.press("Enter");
  return streamed;
}

async function run(browser, name, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  // The 400s this test provokes are logged by the browser as failed loads; anything else (a CSP refusal) is a fault.
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) {
      problems.push(m.text());
    }
  });
  page.on("pageerror", (e) => problems.push(e.message));

  await page.goto(base + "/");
  check((await page.title()).includes("Sourced"), `${name}: the ask page has no title`);
  await page.keyboard.press("Tab");
  check(await page.evaluate(() => document.activeElement.id === "q"), `${name}: Tab does not reach the box first`);
  await page.keyboard.press("Tab");
  check(
    await page.evaluate(() => document.activeElement.tagName === "BUTTON"),
    `${name}: Tab does not reach the Ask button`,
  );

  // A README question: the answer streams in, [1] links to the reader, the citations are listed.
  const response = await ask(page, ANSWERED);
  check(response.headers()["content-type"].startsWith("text/event-stream"), `${name}: the answer did not stream`);
  await page.locator("#ask-citations li").first().waitFor();
  const answer = await page.locator("#ask-answer").textContent();
  check(answer.includes("64") && answer.includes("[1]"), `${name}: unexpected answer: ${answer}`);
  check(await page.getByLabel("Your question").inputValue() === ANSWERED, `${name}: the question left the box`);
  check(new URL(page.url()).searchParams.get("q") === ANSWERED, `${name}: the address does not hold the question`);
  const api = await (await page.request.post(base + "/api/ask", { data: { question: ANSWERED } })).json();
  const first = api.citations.find((c) => c.n === 1);
  const quoted = await page.locator('#ask-citations li[value="1"] blockquote').textContent();
  check(quoted === first.text, `${name}: citation 1 quotes ${quoted}, not ${first.text}`);
  const marker = page.locator("#ask-answer a", { hasText: "[1]" }).first();
  check((await marker.getAttribute("href")) === first.url, `${name}: [1] does not link to ${first.url}`);
  await page.screenshot({ path: out + `ask-${name}.png`, fullPage: true });

  // Follow [1] from the keyboard: the reader shows the article with exactly the cited text highlighted.
  await marker.focus();
  await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press("Enter")]);
  const marked = (await page.locator("mark").allTextContents()).join(" ");
  check(squash(marked) === squash(first.text), `${name}: the reader marks "${marked}", not "${first.text}"`);
  check(await page.locator("mark#passage").count() === 1, `${name}: the reader has no #passage mark`);
  // Headless Chromium may paint a viewport scrolled to the anchor blank: the full page is reliable.
  await page.screenshot({ path: out + `reader-${name}.png`, fullPage: true });
  const top = await page.locator("mark#passage").evaluate((m) => m.getBoundingClientRect().top + window.scrollY);
  const width = page.viewportSize().width;
  const y = Math.max(0, Math.round(top) - 240);
  await page.screenshot({ path: out + `passage-${name}.png`, fullPage: true, clip: { x: 0, y, width, height: 640 } });

  // An unanswerable question: the honest abstention with the nearest passages.
  await page.goto(base + "/");
  await ask(page, UNANSWERABLE);
  await page.locator("#ask-status", { hasText: "The articles do not say." }).waitFor();
  check(
    (await page.locator("#ask-answer").textContent()).startsWith("The articles do not say."),
    `${name}: the abstention does not say so`,
  );
  check(
    (await page.locator("#citations-heading").textContent()).startsWith("Nearest passages"),
    `${name}: the abstention does not list the nearest passages`,
  );
  await page.screenshot({ path: out + `abstain-${name}.png`, fullPage: true });

  // An empty question: the API's 400 in words, the box kept.
  await ask(page, "");
  const status = page.locator("#ask-status.error");
  await status.waitFor();
  const words = await status.textContent();
  check(words.includes("not accepted") && words.includes("must not be blank"), `${name}: empty question: ${words}`);
  check(await page.locator("#ask-result").isHidden(), `${name}: an old answer is still shown after an error`);
  await ask(page, "???");
  await page.locator("#ask-status.error", { hasText: "letter or digit" }).waitFor();
  check(await page.getByLabel("Your question").inputValue() === "???", `${name}: the question left the box`);
  await page.screenshot({ path: out + `error-${name}.png`, fullPage: true });

  check(problems.length === 0, `${name}: console errors (CSP?): ${problems.join("; ")}`);
  await context.close();
}

async function withoutScript(browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + "/");
  await page.getByLabel("Your question").fill(ANSWERED);
  await Promise.all([page.waitForURL(/\/\?q=/), page.getByLabel("Your question").press("Enter")]);
  check(await page.locator("#ask-answer a", { hasText: "[1]" }).count() > 0, "without script: no [1] link");
  check(await page.locator("#ask-citations li").count() > 0, "without script: no citations");
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  for (const [name, options] of Object.entries(VIEWPORTS)) {
    await run(browser, name, options);
    console.log(`ok: ${name}`);
  }
  await withoutScript(browser);
  console.log("ok: without JavaScript");
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
}
