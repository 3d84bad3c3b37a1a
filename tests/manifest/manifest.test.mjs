// The Teams app manifest and package, offline: the manifest against the official JSON schema
// shipped in @microsoft/app-manifest, then what the schema cannot check (icon sizes and
// transparency, ids, the message action), and the package script's output and errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPackage, personalise, validateManifest, loadManifestSchema } from '../../manifest/package.mjs';
import { drawColor, drawOutline, encodePng } from '../../manifest/draw-icons.mjs';
import { readPng } from './png.mjs';
import { readZip } from './unzip.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MANIFEST_DIR = join(REPO_ROOT, 'manifest');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const APP_ID = '5d0c3e1a-8f2b-4c6d-9e7f-1a2b3c4d5e6f';
const manifest = () => JSON.parse(readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8'));
const icon = (name) => readPng(readFileSync(join(MANIFEST_DIR, name)));

function withTempDir(run) {
  const dir = mkdtempSync(join(tmpdir(), 'lcb-manifest-'));
  return Promise.resolve(run(dir)).finally(() => rmSync(dir, { recursive: true, force: true }));
}

test('manifest: matches the Teams manifest schema of its version (1.29 or 1.30)', async () => {
  const m = manifest();
  assert.ok(['1.29', '1.30'].includes(m.manifestVersion), `manifestVersion ${m.manifestVersion}`);
  assert.equal(m.$schema, `https://developer.microsoft.com/json-schemas/teams/v${m.manifestVersion}/MicrosoftTeams.schema.json`);
  assert.deepEqual(await validateManifest(m), []);
});

test('manifest: the schema check rejects what Teams rejects (lower-case groupchat, a long short name, a bare card size)', async () => {
  const m = manifest();
  m.bots[0].scopes = ['personal', 'groupchat'];
  m.name.short = 'A name far longer than thirty characters';
  m.composeExtensions[0].commands[0].taskInfo = { title: 'x', width: 500 };
  const errors = await validateManifest(m);
  assert.ok(errors.some((e) => e.startsWith('/bots/0/scopes/1 ')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('/name/short ')), errors.join('\n'));
  assert.ok(errors.some((e) => e.startsWith('/composeExtensions/0/commands/0/taskInfo/width ')), errors.join('\n'));
});

test('manifest: the schema is the one shipped in the npm package, read without the network', () => {
  const schema = loadManifestSchema(manifest().manifestVersion);
  assert.equal(schema.properties.manifestVersion.const ?? schema.properties.manifestVersion.enum?.[0], manifest().manifestVersion);
});

test('icons: colour is a 192x192 opaque PNG (full bleed, Teams applies the mask)', () => {
  const png = icon(manifest().icons.color);
  assert.equal(png.width, 192);
  assert.equal(png.height, 192);
  assert.ok(png.pixels, `unsupported PNG encoding (bit depth ${png.bitDepth}, colour type ${png.colourType})`);
  for (let i = 3; i < png.pixels.length; i += 4) assert.equal(png.pixels[i], 255, `pixel ${(i - 3) / 4} is not opaque`);
});

test('icons: outline is a 32x32 PNG with an alpha channel, white where drawn, transparent elsewhere', () => {
  const png = icon(manifest().icons.outline);
  assert.equal(png.width, 32);
  assert.equal(png.height, 32);
  assert.ok([4, 6].includes(png.colourType), `colour type ${png.colourType} has no alpha channel`);
  let transparent = 0;
  let drawn = 0;
  for (let i = 0; i < png.pixels.length; i += 4) {
    const [r, g, b, a] = png.pixels.subarray(i, i + 4);
    if (a === 0) {
      transparent++;
    } else {
      drawn++;
      assert.deepEqual([r, g, b], [255, 255, 255], `pixel ${i / 4} is drawn in a colour other than white`);
    }
  }
  assert.ok(transparent > 32 * 32 / 2, `only ${transparent} transparent pixels: the background must be transparent`);
  assert.ok(drawn > 32, `only ${drawn} drawn pixels: the outline is missing`);
});

test('icons: the committed PNGs are what manifest/draw-icons.mjs draws', () => {
  assert.deepEqual(readFileSync(join(MANIFEST_DIR, 'color.png')), encodePng(drawColor()));
  assert.deepEqual(readFileSync(join(MANIFEST_DIR, 'outline.png')), encodePng(drawOutline()));
});

test('ids: the app id is a GUID, and the bot and its message extension name the same bot', () => {
  const m = manifest();
  assert.match(m.id, GUID);
  assert.equal(m.bots.length, 1);
  assert.equal(m.composeExtensions.length, 1);
  assert.equal(m.composeExtensions[0].botId, m.bots[0].botId);
  assert.notEqual(m.id, m.bots[0].botId, 'the Teams app id and the bot id are different things');
});

test('bot: personal, groupChat and team scopes, each with the same commands', () => {
  const m = manifest();
  const bot = m.bots[0];
  assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
  const listed = bot.commandLists.flatMap((list) => list.scopes);
  assert.deepEqual([...listed].sort(), [...bot.scopes].sort(), 'every scope has exactly one command list');
  const titles = bot.commandLists.map((list) => list.commands.map((c) => c.title));
  for (const list of titles) {
    assert.deepEqual(list, ['help', 'review', 'triage', 'check my update', '1:1 prep']);
  }
});

test('message action: Review tone on a message and on the compose box, fetching its dialog from the bot', () => {
  const [command] = manifest().composeExtensions[0].commands;
  assert.equal(command.id, 'reviewTone');
  assert.equal(command.type, 'action');
  assert.equal(command.title, 'Review tone');
  assert.equal(command.fetchTask, true);
  assert.deepEqual(command.context, ['message', 'compose']);
});

test('package: manifest.json and the icons at the zip root, the app id in both bot ids, the host in validDomains', async () => {
  await withTempDir(async (dir) => {
    const out = join(dir, 'appPackage.zip');
    await buildPackage({ appId: APP_ID, host: 'lcb-test.azurewebsites.net', out });
    const entries = readZip(readFileSync(out));
    assert.deepEqual([...entries.keys()], ['manifest.json', 'color.png', 'outline.png']);
    const packaged = JSON.parse(entries.get('manifest.json').toString('utf8'));
    assert.equal(packaged.bots[0].botId, APP_ID);
    assert.equal(packaged.composeExtensions[0].botId, APP_ID);
    assert.equal(packaged.id, manifest().id);
    assert.equal(packaged.validDomains[0], 'lcb-test.azurewebsites.net');
    assert.deepEqual(entries.get('color.png'), readFileSync(join(MANIFEST_DIR, 'color.png')));
    assert.deepEqual(entries.get('outline.png'), readFileSync(join(MANIFEST_DIR, 'outline.png')));
    assert.deepEqual(await validateManifest(packaged), []);
  });
});

test('package: the same input gives the same bytes', async () => {
  await withTempDir(async (dir) => {
    await buildPackage({ appId: APP_ID, out: join(dir, 'a.zip') });
    await buildPackage({ appId: APP_ID, out: join(dir, 'b.zip') });
    assert.deepEqual(readFileSync(join(dir, 'a.zip')), readFileSync(join(dir, 'b.zip')));
  });
});

test('package: an unusable app id or host is refused with a message naming what to pass', () => {
  const m = manifest();
  assert.throws(() => personalise(m, {}), /No bot app id: pass --app-id <guid> or set MicrosoftAppId/);
  assert.throws(() => personalise(m, { appId: '  ' }), /No bot app id/);
  assert.throws(() => personalise(m, { appId: 'my-bot' }), /'my-bot' is not a GUID/);
  assert.throws(() => personalise(m, { appId: `${APP_ID}x` }), /is not a GUID/);
  assert.throws(() => personalise(m, { appId: '00000000-0000-0000-0000-000000000000' }), /all-zero placeholder/);
  assert.throws(() => personalise(m, { appId: APP_ID, host: 'https://lcb.azurewebsites.net/api' }), /is not a host name/);
  assert.equal(personalise(m, { appId: ` ${APP_ID} ` }).bots[0].botId, APP_ID);
});

test('package script: exit 2 and one message on standard error, no zip written, for a missing or malformed app id', async () => {
  await withTempDir((dir) => {
    const out = join(dir, 'appPackage.zip');
    const env = { ...process.env };
    delete env.MicrosoftAppId;
    const missing = spawnSync(process.execPath, [join(MANIFEST_DIR, 'package.mjs'), '--out', out], { env, encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^package: No bot app id/);
    const malformed = spawnSync(process.execPath, [join(MANIFEST_DIR, 'package.mjs'), '--out', out], { env: { ...env, MicrosoftAppId: 'abc' }, encoding: 'utf8' });
    assert.equal(malformed.status, 2);
    assert.match(malformed.stderr, /^package: The bot app id 'abc' is not a GUID/);
    assert.throws(() => readFileSync(out), { code: 'ENOENT' });
    const written = execFileSync(process.execPath, [join(MANIFEST_DIR, 'package.mjs'), '--out', out], { env: { ...env, MicrosoftAppId: APP_ID }, encoding: 'utf8' });
    assert.match(written, new RegExp(`bot ${APP_ID}`));
    assert.equal(JSON.parse(readZip(readFileSync(out)).get('manifest.json')).bots[0].botId, APP_ID);
  });
});
