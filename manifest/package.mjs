// Builds the Teams app package: manifest.json (with the bot's app id, and the bot's host in
// validDomains when given) and the two icons, at the root of a .zip. The manifest is checked
// against the Teams manifest JSON schema shipped in @microsoft/app-manifest before anything is
// written, offline.
//
//   node manifest/package.mjs --app-id <guid> [--host <bot host name>] [--out <zip path>]
//
// The app id can also come from the environment variable MicrosoftAppId (the bot's own setting),
// the host from LCB_BOT_HOST. Exit codes: 0 written, 2 unusable input (the message says which).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createZip } from './zip.mjs';

const MANIFEST_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(MANIFEST_DIR, '..');
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const HOST = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export class PackageError extends Error {}

/** The bundled schema for the manifest's version (no download). */
export function loadManifestSchema(manifestVersion) {
  const require = createRequire(import.meta.url);
  const packageRoot = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(packageRoot, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) {
    throw new PackageError(`@microsoft/app-manifest ships no schema for manifest version ${manifestVersion} (looked for ${file}).`);
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Schema errors of a manifest object, as "path message" strings; empty when it is valid. */
export async function validateManifest(manifest) {
  const require = createRequire(import.meta.url);
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  return AppManifestUtils.validateAgainstSchema(manifest, loadManifestSchema(manifest.manifestVersion));
}

/** The manifest with the bot's app id (and host) filled in; throws PackageError on unusable input. */
export function personalise(manifest, { appId, host }) {
  if (appId === undefined || appId === null || String(appId).trim() === '') {
    throw new PackageError(
      'No bot app id: pass --app-id <guid> or set MicrosoftAppId (the Azure Bot\'s app id; for a managed identity, its client id, output botAppId of deployment/main.bicep).');
  }
  const id = String(appId).trim();
  if (!GUID.test(id)) {
    throw new PackageError(`The bot app id '${id}' is not a GUID (like 12345678-abcd-4ef0-9abc-1234567890ab); copy it from the Azure Bot's configuration.`);
  }
  if (id === PLACEHOLDER_ID) {
    throw new PackageError('The bot app id is the all-zero placeholder; pass the Azure Bot\'s real app id.');
  }
  if (host !== undefined && host !== null && host !== '' && !HOST.test(host)) {
    throw new PackageError(`The host '${host}' is not a host name (like leadcoach-app.azurewebsites.net, without https:// or a path).`);
  }

  const result = structuredClone(manifest);
  for (const bot of result.bots ?? []) bot.botId = id;
  for (const extension of result.composeExtensions ?? []) extension.botId = id;
  if (host) {
    result.validDomains = [...new Set([host, ...(result.validDomains ?? [])])];
  }
  return result;
}

/** Writes the package; returns the personalised manifest. */
export async function buildPackage({ appId, host, out, manifestDir = MANIFEST_DIR }) {
  const manifestPath = join(manifestDir, 'manifest.json');
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (error) {
    throw new PackageError(`Cannot read ${manifestPath}: ${error.message}`);
  }

  const personalised = personalise(manifest, { appId, host });
  const errors = await validateManifest(personalised);
  if (errors.length > 0) {
    throw new PackageError(`The manifest does not match the Teams manifest schema ${personalised.manifestVersion}:\n  ${errors.join('\n  ')}`);
  }

  const icons = [personalised.icons.color, personalised.icons.outline];
  const entries = [{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(personalised, null, 2)}\n`, 'utf8') }];
  for (const icon of icons) {
    const file = join(manifestDir, icon);
    if (!existsSync(file)) {
      throw new PackageError(`The manifest names the icon ${icon}, but ${file} is missing: run node manifest/draw-icons.mjs.`);
    }
    entries.push({ name: icon, data: readFileSync(file) });
  }

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, createZip(entries));
  return personalised;
}

function parseArguments(argv) {
  const options = { appId: process.env.MicrosoftAppId, host: process.env.LCB_BOT_HOST, out: join(REPO_ROOT, 'artifacts', 'appPackage.zip') };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = argv[i + 1];
    const key = { '--app-id': 'appId', '--host': 'host', '--out': 'out' }[name];
    if (key === undefined) {
      throw new PackageError(`Unknown option '${name}'. Usage: package.sh --app-id <guid> [--host <host name>] [--out <zip path>]`);
    }
    if (value === undefined || value.startsWith('--')) {
      throw new PackageError(`The option ${name} needs a value.`);
    }
    options[key] = key === 'out' ? resolve(value) : value;
    i++;
  }
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const options = parseArguments(process.argv.slice(2));
    const manifest = await buildPackage(options);
    console.log(`Wrote ${options.out}: Teams app ${manifest.id} version ${manifest.version}, bot ${manifest.bots[0].botId}.`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`package: ${error.message}`);
    process.exit(2);
  }
}
