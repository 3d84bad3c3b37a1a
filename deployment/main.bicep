// Leadership Coach Bot on Azure, in one resource group:
//   a user-assigned managed identity (the bot's identity: its client id is MicrosoftAppId),
//   a Linux App Service plan and web app on .NET 10 (HTTPS only, TLS 1.2+, always on,
//   health check /readyz, warm-up /healthz), running as that identity,
//   an Azure Bot (UserAssignedMSI) with the Teams channel, pointed at https://<app>/api/messages,
//   a Storage account (shared-key access off) with the state table, the identity granted
//   Storage Table Data Contributor on it,
//   Application Insights over a Log Analytics workspace.
// Deploy: see README "Deploy to Azure". Compiled and linted offline by scripts/test.sh.
targetScope = 'resourceGroup'

@minLength(3)
@maxLength(20)
@description('Prefix of every resource name; letters, digits and hyphens.')
param baseName string = 'lcb-${take(uniqueString(resourceGroup().id), 8)}'

@description('Region of the regional resources (the Azure Bot itself is global).')
param location string = resourceGroup().location

@allowed(['B1', 'B2', 'S1', 'P0v3', 'P1v3'])
@description('App Service plan size. B1 is the smallest that supports always on.')
param planSku string = 'B1'

@allowed(['F0', 'S1'])
@description('Azure Bot pricing tier; F0 is free for Teams and other standard channels.')
param botSku string = 'F0'

@maxLength(42)
@description('The name the bot shows in the Azure portal.')
param botDisplayName string = 'Leadership Coach Bot'

@minLength(3)
@maxLength(63)
@description('The table that holds conversation and user state (Storage:TableName).')
param tableName string = 'botstate'

var storageTableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageAccountName = 'st${uniqueString(resourceGroup().id, baseName)}'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${baseName}-id'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${baseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource table 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: tableService
  name: tableName
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource web 'Microsoft.Web/sites@2024-04-01' = {
  name: '${baseName}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/readyz'
      appSettings: [
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: identity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: identity.properties.tenantId }
        { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
        { name: 'Storage__Provider', value: 'AzureTables' }
        { name: 'Storage__TableEndpoint', value: storage.properties.primaryEndpoints.table }
        { name: 'Storage__TableName', value: tableName }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'WEBSITE_WARMUP_PATH', value: '/healthz' }
        { name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES', value: '5' }
      ]
    }
  }
  dependsOn: [
    table
    tableDataContributor
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${baseName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The web app\'s host name: pass it to scripts/package.sh --host.')
output webAppHostName string = web.properties.defaultHostName

@description('The web app\'s name, for az webapp deploy.')
output webAppName string = web.name

@description('The bot\'s app id (the identity\'s client id): pass it to scripts/package.sh --app-id.')
output botAppId string = identity.properties.clientId

output messagingEndpoint string = bot.properties.endpoint

output tableEndpoint string = storage.properties.primaryEndpoints.table
