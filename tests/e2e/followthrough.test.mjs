// End-to-end: a 1:1 prepared, then a lesson recorded and exported, in a real browser through the
// Microsoft 365 Agents Playground. Run like welcome.test.mjs (scripts/test.sh, or
// `node --test tests/e2e/` against scripts/run.sh). Screenshots go to artifacts/e2e/; with
// LCB_UPDATE_SCREENSHOT=1 they replace docs/playground-1on1.png and docs/playground-lessons.png.
// Lessons are kept per user in storage, so the test forgets this user's lessons first and last.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const playgroundUrl = process.env.LCB_PLAYGROUND_URL ?? 'http://127.0.0.1:56150';
const screenshotDir = process.env.LCB_UPDATE_SCREENSHOT === '1' ? join(repoRoot, 'docs') : join(repoRoot, 'artifacts', 'e2e');

const PAGE_TIMEOUT_MS = 120_000;
const REPLY_TIMEOUT_MS = 60_000;

let browser;
let page;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
  page = await context.newPage();
  await page.goto(playgroundUrl, { timeout: PAGE_TIMEOUT_MS });
  await page.locator('.ac-adaptiveCard', { hasText: 'Leadership Coach' }).first().waitFor({ timeout: PAGE_TIMEOUT_MS });
});

after(async () => {
  await browser?.close();
});

/** Types a message into the compose box and sends it. */
async function send(text) {
  const compose = page.locator('[data-lexical-editor=true]');
  await compose.click();
  await compose.pressSequentially(text);
  await compose.press('Enter');
}

/**
 * Waits until one of `expected` shows in the chat after the user's own last message `sent`, and
 * returns which. (The chat drops old messages from the page, so counting them is no use.)
 */
async function replyAfter(sent, expected) {
  const handle = await page.waitForFunction(([mineText, wanted]) => {
    const mine = [...document.querySelectorAll('span, p')]
      .filter((e) => e.textContent.trim() === mineText && !e.closest('[contenteditable]'))
      .at(-1);
    if (mine === undefined) {
      return null;
    }

    const after = [...document.querySelectorAll('div, p, span')]
      .filter((e) => mine.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((e) => e.innerText ?? '')
      .join('\n');
    return wanted.find((w) => after.includes(w)) ?? null;
  }, [sent, expected], { timeout: REPLY_TIMEOUT_MS });
  return handle.jsonValue();
}

/** Sends `text` and waits until `expected` shows after it. */
async function say(text, expected) {
  await send(text);
  await replyAfter(text, [expected])
    .catch((error) => assert.fail(`After "${text}" the bot never showed "${expected}". (${error.message})`));
}

async function screenshot(name, text) {
  await page.locator('.ac-adaptiveCard', { hasText: text }).last().scrollIntoViewIfNeeded().catch(() => {});
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, name) });
}

async function forgetLessons() {
  await send('forget my lessons');
  const answer = await replyAfter('forget my lessons', ['Delete the', 'nothing to forget']);
  if (answer === 'Delete the') {
    await say('yes', 'Done: I deleted');
  }
}

test('oneOnOnePrep_TypedAnswers_ShowThePlanAndTheNotes', { timeout: 4 * REPLY_TIMEOUT_MS }, async () => {
  await say('prepare a 1:1', 'Who is this 1:1 with?');
  await say('ran the change', 'What happened, in a line or two?');
  await say('skip', 'What do you know of how they feel about it?');
  await send('skip');
  assert.equal(await replyAfter('skip', ['1:1 with the person who ran the change']), '1:1 with the person who ran the change');
  assert.equal(await replyAfter('skip', ['The same plan as meeting notes, to copy']), 'The same plan as meeting notes, to copy');
  await screenshot('playground-1on1.png', '1:1 with the person who ran the change');
});

test('lesson_RecordedThenExported_AppearsInTheMarkdown', { timeout: 6 * REPLY_TIMEOUT_MS }, async () => {
  await forgetLessons();
  await say('lesson: surprise: the read replicas lagged by hours, not seconds', 'Recorded as surprise. 1 of 50');
  await say('lessons', '1 of 50 in your record');
  await say('export lessons', 'Your lessons as Markdown');
  assert.equal(await replyAfter('export lessons', ['- the read replicas lagged by hours, not seconds', 'the read replicas lagged by hours, not seconds']) !== null, true);
  assert.equal(await replyAfter('export lessons', ['Surprises']), 'Surprises');
  await screenshot('playground-lessons.png', 'Lessons we paid for');
  await forgetLessons();
});
