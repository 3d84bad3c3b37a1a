// End-to-end: a 1:1 prepared, then a lesson recorded and exported, in a real browser through the
// Microsoft 365 Agents Playground. Run like welcome.test.mjs (scripts/test.sh, or
// `node --test tests/e2e/` against scripts/run.sh). Screenshots go to artifacts/e2e/; with
// LCB_UPDATE_SCREENSHOT=1 they replace docs/playground-1on1.png and docs/playground-lessons.png.
// Lessons are kept per user in storage, so the test forgets this user's lessons first and last.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REPLY_TIMEOUT_MS, openBrowser, openPlayground, screenshotPath } from './lib/playground.mjs';



let browser;
let page;

before(async () => {
  ({ browser, page } = await openBrowser(900));
  await openPlayground(page);
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
  await page.screenshot({ path: screenshotPath(name) });
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
