// End-to-end: a real browser chats with the bot through the Microsoft 365 Agents Playground.
// scripts/test.sh starts the bot and the Playground, then runs: node --test tests/e2e/
// To run it alone, start them with scripts/run.sh and run `node --test tests/e2e/`.
//
// Environment: LCB_PLAYGROUND_URL (default http://127.0.0.1:56150), CHROMIUM_PATH (default
// /usr/bin/chromium). The screenshot goes to artifacts/e2e/; with LCB_UPDATE_SCREENSHOT=1 it
// replaces docs/playground-welcome.png, the one the README shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_TIMEOUT_MS, REPLY_TIMEOUT_MS, openBrowser, playgroundUrl, replyAfter, screenshotPath, send } from './lib/playground.mjs';

const SCREENSHOT = 'playground-welcome.png';

const WELCOME_TEXT = 'Leadership Coach';

let browser;
let page;

before(async () => {
  ({ browser, page } = await openBrowser(800));
});

after(async () => {
  await browser?.close();
});

/** The Adaptive Cards in the chat whose text names the coach. */
function welcomeCards() {
  return page.locator('.ac-adaptiveCard', { hasText: WELCOME_TEXT });
}

/** Waits until the number of welcome cards stops changing, so a late welcome is not taken for a reply. */
async function settledWelcomeCount() {
  let last = -1;
  let stable = 0;
  while (stable < 3) {
    const count = await welcomeCards().count();
    stable = count === last ? stable + 1 : 0;
    last = count;
    await page.waitForTimeout(500);
  }

  return last;
}

test('playground_Opened_ShowsTheWelcomeCard', { timeout: PAGE_TIMEOUT_MS + 30_000 }, async () => {
  await page.goto(playgroundUrl, { timeout: PAGE_TIMEOUT_MS });

  await welcomeCards().first().waitFor({ timeout: PAGE_TIMEOUT_MS }).catch((error) => {
    assert.fail(`No card naming "${WELCOME_TEXT}" appeared in the Playground at ${playgroundUrl}: ` +
      `the bot must send its welcome card on installationUpdate or conversationUpdate. (${error.message})`);
  });

  assert.ok(await welcomeCards().count() >= 1);
});

test('composeBox_HelpTyped_BringsTheCardBack', { timeout: 2 * REPLY_TIMEOUT_MS + 30_000 }, async () => {
  // The Playground keeps one conversation for its user, and storage may hold a check left open by an
  // earlier run; inside a check, "help" explains that check. Close whatever is open first.
  await send(page, 'cancel');
  await replyAfter(page, 'cancel', ['nothing to cancel', "I've stopped here"]).catch((error) => {
    assert.fail(`The bot did not answer "cancel". (${error.message})`);
  });

  const before = await settledWelcomeCount();
  assert.ok(before >= 1, 'the welcome card must be showing before help is typed');

  await send(page, 'help');

  // The reply must be a card that follows the user's own "help" message in the chat.
  await page.waitForFunction((text) => {
    const mine = [...document.querySelectorAll('span, p')]
      .filter((e) => e.textContent.trim() === 'help' && !e.closest('[contenteditable]'))
      .at(-1);
    return mine !== undefined && [...document.querySelectorAll('.ac-adaptiveCard')].some((card) =>
      card.textContent.includes(text) && (mine.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING));
  }, WELCOME_TEXT, { timeout: REPLY_TIMEOUT_MS }).catch((error) => {
    assert.fail(`The bot did not answer "help" with a card naming "${WELCOME_TEXT}". (${error.message})`);
  });

  assert.ok(await welcomeCards().count() > before);
  await welcomeCards().last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(SCREENSHOT) });
});
