// End-to-end: the coach's main flows in the Microsoft 365 Agents Playground, driven by headless
// Chromium. scripts/test.sh starts the bot and the Playground and runs every tests/e2e/*.test.mjs.
//
// Environment: LCB_PLAYGROUND_URL (default http://127.0.0.1:56150), CHROMIUM_PATH (default
// /usr/bin/chromium). Screenshots go to artifacts/e2e/; with LCB_UPDATE_SCREENSHOT=1 they replace
// the ones in docs/ that the README's guided tour shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REPLY_TIMEOUT_MS, openBrowser, openPlayground, screenshotPath } from './lib/playground.mjs';


const FLOW_TIMEOUT_MS = 240_000;

let browser;
let page;

before(async () => {
  ({ browser, page } = await openBrowser(1000));
  await openPlayground(page);
});

after(async () => {
  await browser?.close();
});

/** Cards whose text includes `text`. */
function cards(text) {
  return page.locator('.ac-adaptiveCard', { hasText: text });
}

/** Runs `act`, then waits for one more card containing `text` than there was before, and returns it. */
async function expectNewCard(text, act) {
  const before = await cards(text).count();
  await act();
  await page.waitForFunction(([t, n]) => [...document.querySelectorAll('.ac-adaptiveCard')]
    .filter((c) => c.textContent.includes(t)).length > n, [text, before], { timeout: REPLY_TIMEOUT_MS })
    .catch((error) => assert.fail(`No new card showing "${text}" arrived. (${error.message})`));
  return cards(text).last();
}

async function say(text) {
  const compose = page.locator('[data-lexical-editor=true]');
  await compose.click();
  await page.keyboard.insertText(text);
  await compose.press('Enter');
}

async function press(card, title) {
  await card.locator(`button[title="${title}"]`).first().click();
}

async function shoot(name, card) {
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath(name) });
}

test('freeText_ExecUpdateRequest_StartsThePrePostCheck_AndEndsInADraftedExecUpdate', { timeout: FLOW_TIMEOUT_MS }, async () => {
  let card = await expectNewCard('1 of 5', () => say('I need to tell the execs about the outage, can you help me write the update?'));
  assert.match(await card.textContent(), /update to executives/);

  await card.locator('textarea').first().fill('I approved moving payments to the new queue on Tuesday');
  await card.locator('input[type=text]').first().fill('I assumed the new queue would cope with the morning peak');
  card = await expectNewCard('2 of 5', () => press(card, 'Next'));
  await card.locator('textarea').first().fill('about 3,000 checkouts failed between 09:10 and 10:40');
  card = await expectNewCard('3 of 5', () => press(card, 'Next'));
  await card.getByText('Am I pointing at others?').click();
  card = await expectNewCard('4 of 5', () => press(card, 'Done'));
  const inputs = card.locator('input[type=text]');
  await inputs.nth(0).fill('the queue ran out of connections at peak');
  await inputs.nth(1).fill('Dana is moving traffic back to the old queue by 11:00');
  await inputs.nth(2).fill('whether any payment was taken twice');
  card = await expectNewCard('5 of 5', () => press(card, 'Next'));
  await shoot('playground-pre-post-check.png', card);
  card = await expectNewCard('Your draft', () => press(card, 'In 1 hour'));

  const text = await card.textContent();
  assert.match(text, /I approved moving payments to the new queue on Tuesday\. That call was mine/);
  assert.match(text, /Impact: About 3,000 checkouts failed/);
  assert.match(text, /Next update by \d\d:\d\d/);
  await shoot('playground-exec-update.png', card);
});

test('pastedDraft_GetsAToneReviewWithTheKindGuessed', { timeout: FLOW_TIMEOUT_MS }, async () => {
  const draft = 'Quick update on the checkout problem. The vendor\'s change broke checkout and QA should have caught it. ' +
    'It was a minor hiccup and a few users may have noticed. This will never happen again.';
  const card = await expectNewCard('Reviewed as', () => say(draft));

  const text = await card.textContent();
  assert.match(text, /Revise before sending/);
  assert.match(text, /\(guessed\)/);
  assert.match(text, /Shifting blame/);
  await shoot('playground-pasted-review.png', card);
});

test('weAreDown_TriageHandsOffToADraftedFirstUpdate', { timeout: FLOW_TIMEOUT_MS }, async () => {
  let card = await expectNewCard('Incident triage', () => say("we're down"));
  await card.locator('input[type=text]').first().fill('Checkout is failing for EU customers');
  card = await expectNewCard('How many customers', () => press(card, 'Next'));
  card = await expectNewCard('data been lost', () => press(card, 'Most or all customers'));
  card = await expectNewCard('security or legal', () => press(card, 'No'));
  card = await expectNewCard('contained', () => press(card, 'Not sure'));
  card = await expectNewCard('Draft my first update', () => press(card, 'Contained'));
  assert.match(await card.textContent(), /SEV-1/);
  await shoot('playground-triage.png', card);

  card = await expectNewCard('Your draft', () => press(card, 'Draft my first update'));
  const text = await card.textContent();
  assert.match(text, /Checkout is failing for EU customers\./);
  assert.match(text, /SEV-1/);
  assert.match(text, /Whether there is any security or legal exposure/);
  assert.doesNotMatch(text, /\[/);
  await shoot('playground-first-update.png', card);
});
