#!/usr/bin/env node
// Validates Adaptive Card JSON files the way Teams will see them: parsed by the `adaptivecards`
// renderer library against schema 1.5 (the newest version Teams renders for bot cards), plus the
// checks that library does not make: the card's declared version, its size, required text and
// elements Teams does not render.
//
// Usage: node tests/cards/validate-cards.mjs <folder>
// Prints every failing file with its errors and first lines, then "cards: N passed, N failed".
// Exits 1 when a card has errors or when the folder holds no *.json card.

import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// The package's lib/ folder is extension-less ESM that Node cannot load; its UMD bundle works.
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

/** The newest card version Teams renders for bot-sent cards and message extensions. */
export const TEAMS_MAX_VERSION = AC.Versions.v1_5;

/** Teams' documented limit for a bot message is about 100 KB, older pages say 40 KB: keep cards well under. */
export const MAX_CARD_BYTES = 40 * 1024;

/** Element types the library knows but Teams does not render in bot cards. */
const TEAMS_UNSUPPORTED_TYPES = new Set(['Media']);

/** Library events that are advice, not defects. */
const IGNORED_EVENTS = new Set([AC.ValidationEvent.Hint]);

/**
 * Validates one card given as parsed JSON.
 * @param {unknown} json the card
 * @param {number} byteLength the size of the card's JSON text
 * @returns {string[]} the errors; empty when the card is valid
 */
export function validateCard(json, byteLength = Buffer.byteLength(JSON.stringify(json) ?? '')) {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return ['The card is not a JSON object.'];
  }

  const errors = [];
  if (json.type !== 'AdaptiveCard') {
    errors.push(`"type" is ${JSON.stringify(json.type)}; a card must declare "type": "AdaptiveCard".`);
  }

  const version = declaredVersion(json, errors);
  if (byteLength > MAX_CARD_BYTES) {
    errors.push(`The card is ${byteLength} bytes; keep it under ${MAX_CARD_BYTES} bytes so Teams accepts the message.`);
  }

  const card = new AC.AdaptiveCard();
  // Parse against the card's own version (at most 1.5): a feature newer than the declared version
  // is reported, as it would be by a client that honours the declaration.
  const context = new AC.SerializationContext(version ?? TEAMS_MAX_VERSION);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    addEvent(errors, context.getEventAt(i));
  }

  for (const event of card.validateProperties().validationEvents) {
    addEvent(errors, event);
  }

  walk(json, '$', errors);
  return errors;
}

function declaredVersion(json, errors) {
  if (typeof json.version !== 'string') {
    errors.push('The card has no "version"; declare "version": "1.5" (or lower).');
    return undefined;
  }

  const match = /^(\d+)\.(\d+)$/.exec(json.version);
  if (!match) {
    errors.push(`"version" ${JSON.stringify(json.version)} is not of the form "1.5".`);
    return undefined;
  }

  const version = new AC.Version(Number(match[1]), Number(match[2]));
  if (version.compareTo(TEAMS_MAX_VERSION) > 0) {
    errors.push(`"version" is ${json.version}; Teams renders cards up to ${TEAMS_MAX_VERSION.toString()}.`);
    return TEAMS_MAX_VERSION;
  }

  return version;
}

function addEvent(errors, event) {
  if (IGNORED_EVENTS.has(event.event)) {
    return;
  }

  const phase = AC.ValidationPhase[event.phase] ?? event.phase;
  const name = AC.ValidationEvent[event.event] ?? event.event;
  errors.push(`${phase} ${name}: ${event.message}`);
}

// Checks the library leaves out, on the raw JSON: required text and Teams-unsupported elements.
function walk(node, path, errors) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, `${path}[${i}]`, errors));
    return;
  }

  if (node === null || typeof node !== 'object') {
    return;
  }

  if (node.type === 'TextBlock' && (typeof node.text !== 'string' || node.text.trim() === '')) {
    errors.push(`${path}: a TextBlock needs a non-empty "text".`);
  }

  if (TEAMS_UNSUPPORTED_TYPES.has(node.type)) {
    errors.push(`${path}: Teams does not render "${node.type}" in bot cards.`);
  }

  if (node.type === 'FactSet') {
    for (const [i, fact] of (node.facts ?? []).entries()) {
      if (typeof fact?.title !== 'string' || typeof fact?.value !== 'string') {
        errors.push(`${path}.facts[${i}]: a fact needs string "title" and "value".`);
      }
    }
  }

  for (const [key, value] of Object.entries(node)) {
    // Action data is the bot's own payload, not card content.
    if (key !== 'data') {
      walk(value, `${path}.${key}`, errors);
    }
  }
}

/**
 * Validates every *.json file in a folder.
 * @param {string} folder
 * @returns {{file: string, errors: string[], text: string}[]} one entry per card file, sorted by name
 */
export function validateFolder(folder) {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json') && statSync(join(folder, name)).isFile())
    .sort();
  return files.map((name) => {
    const file = join(folder, name);
    const text = readFileSync(file, 'utf8');
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { file, errors: [`The file is not valid JSON: ${error.message}`], text };
    }

    return { file, errors: validateCard(json, Buffer.byteLength(text)), text };
  });
}

function firstLines(text, count) {
  let pretty = text;
  try {
    pretty = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // Show the raw text when it does not parse.
  }

  const lines = pretty.split('\n');
  const shown = lines.slice(0, count).map((line) => `    | ${line}`);
  if (lines.length > count) {
    shown.push(`    | ... (${lines.length - count} more lines)`);
  }

  return shown.join('\n');
}

function main(argv) {
  const folder = argv[0];
  if (!folder) {
    console.error('Usage: node tests/cards/validate-cards.mjs <folder with *.json cards>');
    return 2;
  }

  let results;
  try {
    results = validateFolder(resolve(folder));
  } catch (error) {
    console.error(`Cannot read the card folder ${folder}: ${error.message}`);
    console.log('cards: 0 passed, 1 failed');
    return 1;
  }

  if (results.length === 0) {
    console.error(`No *.json card in ${folder}: the tests recorded no Adaptive Card. ` +
      'Record cards with AdaptiveCardRecorder and run the tests with LCB_CARD_DIR set to this folder.');
    console.log('cards: 0 passed, 1 failed');
    return 1;
  }

  const failed = results.filter((r) => r.errors.length > 0);
  for (const result of failed) {
    console.error(`FAIL ${result.file}`);
    for (const error of result.errors) {
      console.error(`  - ${error}`);
    }

    console.error(firstLines(result.text, 12));
  }

  console.log(`cards: ${results.length - failed.length} passed, ${failed.length} failed`);
  return failed.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main(process.argv.slice(2));
}
