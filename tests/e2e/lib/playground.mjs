// What every end-to-end test shares: headless Chromium on a fresh profile, kept to loopback, and
// where screenshots go. Environment: LCB_PLAYGROUND_URL (default http://127.0.0.1:56150),
// CHROMIUM_PATH (default /usr/bin/chromium); LCB_UPDATE_SCREENSHOT=1 writes screenshots into docs/
// (the ones the README shows) instead of artifacts/e2e/.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const playgroundUrl = process.env.LCB_PLAYGROUND_URL ?? 'http://127.0.0.1:56150';

/** The Playground's page is a large bundle: on a busy machine it takes a while to start. */
export const PAGE_TIMEOUT_MS = 120_000;
export const REPLY_TIMEOUT_MS = 60_000;

/** Where a screenshot named `name` (e.g. playground-welcome.png) is written; its folder exists. */
export function screenshotPath(name) {
  const dir = process.env.LCB_UPDATE_SCREENSHOT === '1' ? join(repoRoot, 'docs') : join(repoRoot, 'artifacts', 'e2e');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * Starts Chromium with a new page of the given height. Playwright gives every launch a fresh, empty
 * profile; everything under test is on loopback, so any other host (web fonts from a CDN) is refused.
 */
export async function openBrowser(height = 900) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height } });
  await context.route((url) => !['127.0.0.1', 'localhost'].includes(url.hostname), (route) => route.abort());
  return { browser, page: await context.newPage() };
}

/** Opens the Playground and waits for the coach's welcome card. */
export async function openPlayground(page) {
  await page.goto(playgroundUrl, { timeout: PAGE_TIMEOUT_MS });
  await page.locator('.ac-adaptiveCard', { hasText: 'Leadership Coach' }).first().waitFor({ timeout: PAGE_TIMEOUT_MS });
}

/** Types a message into the Playground's compose box and sends it. */
export async function send(page, text) {
  const compose = page.locator('[data-lexical-editor=true]');
  await compose.click();
  await compose.pressSequentially(text);
  await compose.press('Enter');
}

/**
 * Waits until one of `expected` shows in the chat after the user's own last message `sent`, and
 * returns which. (The chat drops old messages from the page, so counting them is no use.)
 */
export async function replyAfter(page, sent, expected) {
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
