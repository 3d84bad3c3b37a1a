// End-to-end: a 1:1 prepared, then a lesson recorded and exported, in a real browser through the
// Microsoft 365 Agents Playground. Run like welcome.test.mjs (scripts/test.sh, or
// `node --test tests/e2e/` against scripts/run.sh). Screenshots go to artifacts/e2e/; with
// LCB_UPDATE_SCREENSHOT=1 they replace docs/playground-1on1.png and docs/playground-lessons.png.
// Lessons are kept per user in storage, so the test forgets this user's lessons first and last.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REPLY_TIMEOUT_MS, openBrowser, openPlayground, replyAfter, screenshotPath, send } from './lib/playground.mjs';

let browser;
let page;

before(async () => {
  ({ browser, page } = await openBrowser(900));
  await openPlayground(page);
});

after(async () => {
  await browser?.close();
});

/** Sends `text` and waits until `expected` shows after it. */
async function say(text, expected) {
  await send(page, text);
  await replyAfter(page, text, [expected])
    .catch((error) => assert.fail(`After "${text}" the bot never showed "${expected}". (${error.message})`));
}

async function screenshot(name, text) {
  await page.locator('.ac-adaptiveCard', { hasText: text }).last().scrollIntoViewIfNeeded().catch(() => {});
  await page.screenshot({ path: screenshotPath(name) });
}

async function forgetLessons() {
  await send(page, 'forget my lessons');
  const answer = await replyAfter(page, 'forget my lessons', ['Delete the', 'nothing to forget']);
  if (answer === 'Delete the') {
    await say('yes', 'Done: I deleted');
  }
}

test('oneOnOnePrep_TypedAnswers_ShowThePlanAndTheNotes', { timeout: 4 * REPLY_TIMEOUT_MS }, async () => {
  await say('prepare a 1:1', 'Who is this 1:1 with?');
  await say('ran the change', 'What happened, in a line or two?');
  await say('skip', 'What do you know of how they feel about it?');
  await send(page, 'skip');
  assert.equal(await replyAfter(page, 'skip', ['1:1 with the person who ran the change']), '1:1 with the person who ran the change');
  assert.equal(await replyAfter(page, 'skip', ['The same plan as meeting notes, to copy']), 'The same plan as meeting notes, to copy');
  await screenshot('playground-1on1.png', '1:1 with the person who ran the change');
});

test('lesson_RecordedThenExported_AppearsInTheMarkdown', { timeout: 6 * REPLY_TIMEOUT_MS }, async () => {
  await forgetLessons();
  await say('lesson: surprise: the read replicas lagged by hours, not seconds', 'Recorded as surprise. 1 of 50');
  await say('lessons', '1 of 50 in your record');
  await say('export lessons', 'Your lessons as Markdown');
  assert.equal(await replyAfter(page, 'export lessons', ['- the read replicas lagged by hours, not seconds', 'the read replicas lagged by hours, not seconds']) !== null, true);
  assert.equal(await replyAfter(page, 'export lessons', ['Surprises']), 'Surprises');
  await screenshot('playground-lessons.png', 'Lessons we paid for');
  await forgetLessons();
});
