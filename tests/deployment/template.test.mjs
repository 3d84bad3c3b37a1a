// deployment/main.bicep compiled to ARM JSON (by scripts/test.sh, or here with the Bicep CLI from the
// NuGet cache): the properties the bot depends on, and app settings that are all settings the bot
// reads (the README's Configuration table) or settings App Service itself reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MAIN = join(REPO_ROOT, 'deployment', 'main.bicep');
const PLATFORM_SETTINGS = new Set([
  'AZURE_CLIENT_ID', // DefaultAzureCredential: which managed identity reaches the table
  'APPLICATIONINSIGHTS_CONNECTION_STRING',
  'ApplicationInsightsAgent_EXTENSION_VERSION',
  'WEBSITE_WARMUP_PATH',
  'WEBSITE_HEALTHCHECK_MAXPINGFAILURES',
]);

function compiledTemplate() {
  if (process.env.LCB_ARM_TEMPLATE) return { template: JSON.parse(readFileSync(process.env.LCB_ARM_TEMPLATE, 'utf8')) };
  const bicep = process.env.BICEP ?? join(homedir(), '.nuget', 'packages', 'azure.bicep.commandline.linux-x64', '0.49.2', 'tools', 'bicep');
  if (!existsSync(bicep)) return { skip: `no Bicep CLI at ${bicep}: run ./scripts/test.sh, which restores it` };
  return { template: JSON.parse(execFileSync(bicep, ['build', MAIN, '--stdout'], { encoding: 'utf8', maxBuffer: 16 << 20 })) };
}

const compiled = compiledTemplate();
const resource = (type) => {
  const found = compiled.template.resources.filter((r) => r.type === type);
  assert.equal(found.length, 1, `one ${type}`);
  return found[0];
};
const setting = (name) => resource('Microsoft.Web/sites').properties.siteConfig.appSettings.find((s) => s.name === name)?.value;

test('web app: Linux, .NET 10, HTTPS only, TLS 1.2, always on, health check /readyz, warm-up /healthz', { skip: compiled.skip }, () => {
  const plan = resource('Microsoft.Web/serverfarms');
  assert.equal(plan.kind, 'linux');
  assert.equal(plan.properties.reserved, true);
  const site = resource('Microsoft.Web/sites');
  assert.equal(site.kind, 'app,linux');
  assert.equal(site.properties.httpsOnly, true);
  const config = site.properties.siteConfig;
  assert.equal(config.linuxFxVersion, 'DOTNETCORE|10.0');
  assert.equal(config.minTlsVersion, '1.2');
  assert.equal(config.alwaysOn, true);
  assert.equal(config.healthCheckPath, '/readyz');
  assert.equal(setting('WEBSITE_WARMUP_PATH'), '/healthz');
  assert.equal(site.identity.type, 'UserAssigned');
});

test('bot: Azure Bot with the identity (UserAssignedMSI), the Teams channel, the messaging endpoint on the web app', { skip: compiled.skip }, () => {
  const bot = resource('Microsoft.BotService/botServices');
  assert.equal(bot.properties.msaAppType, 'UserAssignedMSI');
  assert.match(bot.properties.msaAppId, /userAssignedIdentities.*\.clientId\]$/);
  assert.match(bot.properties.msaAppMSIResourceId, /Microsoft\.ManagedIdentity\/userAssignedIdentities/);
  assert.match(bot.properties.endpoint, /^\[format\('https:\/\/\{0\}\/api\/messages', reference\(resourceId\('Microsoft\.Web\/sites'/);
  const channel = resource('Microsoft.BotService/botServices/channels');
  assert.equal(channel.properties.channelName, 'MsTeamsChannel');
  assert.equal(setting('MicrosoftAppType'), 'UserAssignedMSI');
  assert.equal(setting('MicrosoftAppId'), bot.properties.msaAppId);
  assert.equal(setting('AZURE_CLIENT_ID'), bot.properties.msaAppId);
  assert.equal(setting('MicrosoftAppTenantId'), bot.properties.msaAppTenantId);
});

test('storage: shared-key access off, TLS 1.2, the table, Storage Table Data Contributor for the identity', { skip: compiled.skip }, () => {
  const storage = resource('Microsoft.Storage/storageAccounts');
  assert.equal(storage.properties.allowSharedKeyAccess, false);
  assert.equal(storage.properties.minimumTlsVersion, 'TLS1_2');
  assert.equal(storage.properties.allowBlobPublicAccess, false);
  resource('Microsoft.Storage/storageAccounts/tableServices/tables');
  const role = resource('Microsoft.Authorization/roleAssignments');
  assert.match(role.properties.roleDefinitionId, /^\[subscriptionResourceId\('Microsoft\.Authorization\/roleDefinitions', variables\('storageTableDataContributorRoleId'\)\)\]$/);
  assert.equal(compiled.template.variables.storageTableDataContributorRoleId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3');
  assert.match(role.properties.principalId, /userAssignedIdentities.*\.principalId\]$/);
  assert.equal(role.properties.principalType, 'ServicePrincipal');
  assert.match(setting('Storage__TableEndpoint'), /primaryEndpoints\.table\]$/);
  assert.equal(setting('Storage__TableName'), "[parameters('tableName')]");
  assert.equal(compiled.template.parameters.tableName.defaultValue, 'botstate');
});

test('app settings: each is a setting the bot reads (README Configuration table, : as __) or one App Service reads', { skip: compiled.skip }, () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
  const documented = new Set([...section.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1].replaceAll(':', '__')));
  assert.ok(documented.has('MicrosoftAppId') && documented.has('Storage__TableEndpoint'), 'the README Configuration table was not found');
  const names = resource('Microsoft.Web/sites').properties.siteConfig.appSettings.map((s) => s.name);
  for (const name of names) {
    assert.ok(documented.has(name) || PLATFORM_SETTINGS.has(name), `app setting ${name} is neither read by the bot nor by App Service`);
  }
  assert.ok(resource('Microsoft.Insights/components'));
});
