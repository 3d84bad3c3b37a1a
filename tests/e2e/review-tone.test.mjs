// End-to-end: the Review tone message action in the Microsoft 365 Agents Playground, with Chromium.
// The Playground does not read the app manifest, so its message-action menu asks for the command id
// by hand: a message's "..." menu, "Action Command", command id reviewTone, "Fetch the dialog
// dynamically from the app", Create. The bot answers composeExtension/fetchTask with the review dialog.
// scripts/test.sh starts the bot and the Playground, then runs: node --test tests/e2e/
//
// Environment: LCB_PLAYGROUND_URL (default http://127.0.0.1:56150), CHROMIUM_PATH (default
// /usr/bin/chromium). The screenshot goes to artifacts/e2e/; with LCB_UPDATE_SCREENSHOT=1 it
// replaces docs/playground-review-tone.png, the one the README shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_TIMEOUT_MS, REPLY_TIMEOUT_MS, openBrowser, openPlayground, screenshotPath } from './lib/playground.mjs';

const SCREENSHOT = 'playground-review-tone.png';

const DRAFT = 'Mistakes were made during the database move on Tuesday. This will never happen again.';

let browser;
let page;

before(async () => {
  ({ browser, page } = await openBrowser(900));
});

after(async () => {
  await browser?.close();
});

test('messageAction_ReviewToneOnAMessage_OpensTheReviewDialog', { timeout: PAGE_TIMEOUT_MS + 3 * REPLY_TIMEOUT_MS }, async () => {
  await openPlayground(page);

  const compose = page.locator('[data-lexical-editor=true]');
  await compose.click();
  await compose.pressSequentially(DRAFT);
  await compose.press('Enter');
  // The message as the chat shows it (the sidebar repeats only the last message, the coach's reply).
  await page.waitForFunction((draft) => [...document.querySelectorAll('span, p')]
    .some((e) => e.textContent.trim() === draft && !e.closest('[contenteditable]')), DRAFT, { timeout: REPLY_TIMEOUT_MS });

  // The message's own "..." menu is the last "Show more information" button before it.
  const index = await page.evaluate((draft) => {
    const message = [...document.querySelectorAll('span, p')]
      .filter((e) => e.textContent.trim() === draft && !e.closest('[contenteditable]')).at(-1);
    return [...document.querySelectorAll('button[aria-label="Show more information"]')]
      .findLastIndex((button) => button.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, DRAFT);
  assert.ok(index >= 0, 'the message has no "Show more information" menu');
  await page.getByRole('button', { name: 'Show more information' }).nth(index).click();
  await page.getByRole('menuitem', { name: 'Action Command' }).click();

  const setup = page.getByRole('dialog');
  await setup.locator('input[type=text]').first().fill('reviewTone');
  await setup.locator('input[value=adaptiveCard]').check();
  await page.getByRole('button', { name: 'Create' }).click();

  const dialogCard = page.getByRole('dialog').locator('.ac-adaptiveCard');
  await dialogCard.filter({ hasText: 'Revise before sending' }).first().waitFor({ timeout: REPLY_TIMEOUT_MS }).catch((error) => {
    assert.fail(`The Review tone dialog did not show the review of the message. (${error.message})`);
  });

  const text = await dialogCard.first().innerText();
  assert.match(text, /Mistakes were made during the database move on Tuesday/);
  for (const button of ['Review again', 'Insert into message', 'Send me this review']) {
    assert.ok(await dialogCard.first().getByRole('button', { name: button }).isVisible(), `the dialog has no "${button}" button`);
  }

  await page.screenshot({ path: screenshotPath(SCREENSHOT) });
});

test('messageAction_SendMeThisReview_PostsTheReviewInThePersonalChat', { timeout: 2 * REPLY_TIMEOUT_MS }, async () => {
  // Review cards in the chat itself, not in the dialog.
  const countReviewsInChat = (minimum) => [...document.querySelectorAll('.ac-adaptiveCard')]
    .filter((card) => card.textContent.includes('Revise before sending') && !card.closest('[role=dialog]')).length > minimum;
  const before = await page.evaluate(() => [...document.querySelectorAll('.ac-adaptiveCard')]
    .filter((card) => card.textContent.includes('Revise before sending') && !card.closest('[role=dialog]')).length);

  await page.getByRole('dialog').getByRole('button', { name: 'Send me this review' }).click();

  await page.waitForFunction(countReviewsInChat, before, { timeout: REPLY_TIMEOUT_MS }).catch((error) => {
    assert.fail(`No review card appeared in the chat after "Send me this review". (${error.message})`);
  });
});
