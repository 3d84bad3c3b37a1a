// Tests of the card validator against known-good and known-bad cards: node --test tests/cards/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_CARD_BYTES, validateCard, validateFolder } from './validate-cards.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = join(here, 'fixtures');
const script = join(here, 'validate-cards.mjs');

// Each known-bad card and a piece of the error it must produce.
const expectedErrors = {
  'duplicate-input-id.json': 'DuplicateId',
  'empty-text.json': 'TextBlock needs a non-empty "text"',
  'feature-newer-than-declared.json': 'UnsupportedProperty',
  'media.json': 'does not render "Media"',
  'missing-type.json': 'must declare "type": "AdaptiveCard"',
  'not-json.json': 'not valid JSON',
  'unknown-action.json': 'UnknownActionType',
  'unknown-element.json': 'UnknownElementType',
  'version-too-new.json': 'Teams renders cards up to 1.5',
};

test('validateFolder_GoodCards_ReportsNoErrors', () => {
  const results = validateFolder(join(fixtures, 'good'));

  assert.ok(results.length > 0);
  for (const result of results) {
    assert.deepEqual(result.errors, [], basename(result.file));
  }
});

test('validateFolder_BadCards_ReportsTheExpectedErrorForEach', () => {
  const results = validateFolder(join(fixtures, 'bad'));

  assert.deepEqual(results.map((r) => basename(r.file)), Object.keys(expectedErrors).sort());
  for (const result of results) {
    const expected = expectedErrors[basename(result.file)];
    assert.ok(result.errors.some((e) => e.includes(expected)), `${basename(result.file)}: ${result.errors.join(' | ')}`);
  }
});

test('validateCard_MissingRequiredInputLabel_ReportsIt', () => {
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text', id: 'a', isRequired: true }] };

  const errors = validateCard(card);

  assert.ok(errors.some((e) => e.includes('RequiredInputsShouldHaveLabel')), errors.join(' | '));
});

test('validateCard_OversizedCard_ReportsItsSize', () => {
  const text = 'x'.repeat(MAX_CARD_BYTES);
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text }] };

  const errors = validateCard(card);

  assert.ok(errors.some((e) => e.includes(`under ${MAX_CARD_BYTES} bytes`)), errors.join(' | '));
});

test('validateCard_ArrayInsteadOfCard_ReportsNotAnObject', () => {
  assert.deepEqual(validateCard([]), ['The card is not a JSON object.']);
});

function run(folder) {
  return spawnSync(process.execPath, [script, folder], { encoding: 'utf8' });
}

test('cli_GoodFolder_ExitsZeroWithSummary', () => {
  const result = run(join(fixtures, 'good'));

  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^cards: 1 passed, 0 failed$/m);
});

test('cli_BadFolder_ExitsOneAndShowsTheCard', () => {
  const result = run(join(fixtures, 'bad'));

  assert.equal(result.status, 1);
  assert.match(result.stdout, /^cards: 0 passed, 9 failed$/m);
  assert.match(result.stderr, /FAIL .*duplicate-input-id\.json/);
  assert.match(result.stderr, /\| {3}"type": "AdaptiveCard"/);
});

test('cli_EmptyFolder_ExitsOne', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lcb-cards-'));
  try {
    writeFileSync(join(folder, 'notes.txt'), 'not a card');

    const result = run(folder);

    assert.equal(result.status, 1);
    assert.match(result.stderr, /No \*\.json card/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
