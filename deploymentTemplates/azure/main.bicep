// AllyBot on Azure Container Apps, with PostgreSQL Flexible Server, Key Vault (RBAC), an Azure Files share for the
// data-protection keys, the Azure Bot (single tenant) with its Teams channel, and Log Analytics.
// Deploy into an existing resource group:
//   az deployment group create -g <rg> -f deploymentTemplates/azure/main.bicep -p @main.parameters.json
// README.md beside this file documents every parameter and what was not validated.
targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

@description('Azure region for every regional resource (the Azure Bot itself is global). Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Short name that prefixes every resource name: 3-10 lowercase letters or digits, starting with a letter. A hash of the resource group id is appended where names must be globally unique.')
@minLength(3)
@maxLength(10)
param baseName string = 'allybot'

@description('The AllyBot container image built from infra/Dockerfile, e.g. myregistry.azurecr.io/allybot:1.0.0. Pin a tag or digest, never latest.')
@minLength(1)
param containerImage string

@description('Login server of a private registry holding containerImage (e.g. myregistry.azurecr.io), pulled with the user-assigned identity (grant it AcrPull on the registry). Empty for a public image.')
param containerRegistryServer string = ''

@description('CPU and memory per replica: small = 0.5 vCPU / 1 GiB, medium = 1 vCPU / 2 GiB, large = 2 vCPU / 4 GiB.')
@allowed([
  'small'
  'medium'
  'large'
])
param containerSize string = 'small'

@description('Minimum replicas. At least 1: the durable inbox worker and the scheduler run inside the app, and Slack expects an answer within 3 seconds (no cold starts).')
@minValue(1)
@maxValue(10)
param minReplicas int = 1

@description('Maximum replicas (HTTP scale rule). Must be at least minReplicas. Every replica shares the database, the pseudonym secret and the key share.')
@minValue(1)
@maxValue(10)
param maxReplicas int = 3

@description('Concurrent HTTP requests per replica before Container Apps adds a replica.')
@minValue(10)
@maxValue(1000)
param httpConcurrentRequests int = 50

@description('PostgreSQL administrator login (also used by AllyBot). Not azure_superuser, admin, administrator, root, guest or public.')
@minLength(1)
@maxLength(63)
param postgresAdminLogin string = 'allybotadmin'

@description('PostgreSQL administrator password: 12-128 characters from three of: upper case, lower case, digits, symbols. No ; or \' (it is placed in a connection string).')
@secure()
@minLength(12)
@maxLength(128)
param postgresAdminPassword string

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL compute tier.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL compute size, matching postgresSkuTier (e.g. Standard_B1ms for Burstable, Standard_D2ds_v5 for GeneralPurpose).')
@minLength(1)
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL storage in GiB.')
@allowed([
  32
  64
  128
  256
  512
])
param postgresStorageSizeGB int = 32

@description('PostgreSQL backup retention in days.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

@description('Name of the AllyBot database on the server.')
@minLength(1)
@maxLength(63)
param postgresDatabaseName string = 'allybot'

@description('Privacy:PseudonymSecret: base64 of at least 32 random bytes (infra/dev/new-secret.sh). Members are stored only as HMAC pseudonyms under it: keep it for the life of the deployment.')
@secure()
@minLength(44)
param pseudonymSecret string

@description('Slack:SigningSecret: the Slack app\'s signing secret (Basic Information > App Credentials), used to verify every Slack request.')
@secure()
@minLength(32)
param slackSigningSecret string

@description('Slack:ClientId: the Slack app\'s client id, for OAuth installs (/slack/install). Empty for a single-workspace install with slackBotToken.')
param slackClientId string = ''

@description('Slack:ClientSecret: the Slack app\'s client secret, for OAuth installs. Empty when not used.')
@secure()
param slackClientSecret string = ''

@description('Slack:BotToken: a bot token (xoxb-...) for a single-workspace install. Empty when installs go through OAuth.')
@secure()
param slackBotToken string = ''

@description('Teams:AppId and the Azure Bot\'s msaAppId: the application (client) id of the bot\'s single-tenant Entra app registration.')
@minLength(36)
@maxLength(36)
param msaAppId string

@description('Teams:TenantId and the Azure Bot\'s msaAppTenantId: the Entra tenant of that app registration. Defaults to the deploying subscription\'s tenant.')
@minLength(36)
@maxLength(36)
param msaAppTenantId string = subscription().tenantId

@description('Teams:AppPassword: a client secret of that app registration.')
@secure()
@minLength(16)
param teamsAppPassword string

@description('Display name of the Azure Bot (shown in Teams).')
@minLength(1)
@maxLength(42)
param botDisplayName string = 'AllyBot'

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Log Analytics retention in days.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Turn on Key Vault purge protection (recommended for production; it cannot be turned off again, and a purged-protected vault name stays reserved for the soft-delete period).')
param keyVaultPurgeProtection bool = true

@description('Tags applied to every resource.')
param tags object = {
  application: 'allybot'
}

// ---------------------------------------------------------------------------------------------------------------
// Names and fixed values
// ---------------------------------------------------------------------------------------------------------------

var suffix = uniqueString(resourceGroup().id, baseName)
var identityName = '${baseName}-id'
var logAnalyticsName = '${baseName}-logs'
var environmentName = '${baseName}-env'
var appName = baseName
var keyVaultName = '${baseName}-kv-${take(suffix, 8)}'
var storageAccountName = take('${baseName}st${suffix}', 24)
var keysShareName = 'dataprotection-keys'
var environmentStorageName = 'dataprotection-keys'
var postgresServerName = '${baseName}-pg-${suffix}'
var botName = '${baseName}-bot-${suffix}'

// The container's numbers: infra/Dockerfile listens on 8080 and runs as the image's `app` user (UID/GID 1654).
var containerPort = 8080
var appUid = '1654'
var keysMountPath = '/data/keys'

var sizes = {
  small: {
    cpu: '0.5'
    memory: '1Gi'
  }
  medium: {
    cpu: '1.0'
    memory: '2Gi'
  }
  large: {
    cpu: '2.0'
    memory: '4Gi'
  }
}

// Built-in role: Key Vault Secrets User (read secret values).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// Key Vault secret names (also the Container Apps secret names).
var secretPseudonym = 'privacy-pseudonym-secret'
var secretSlackSigning = 'slack-signing-secret'
var secretSlackClient = 'slack-client-secret'
var secretSlackBotToken = 'slack-bot-token'
var secretTeamsPassword = 'teams-app-password'
var secretPostgres = 'postgres-connection-string'

var hasSlackClientSecret = !empty(slackClientSecret)
var hasSlackBotToken = !empty(slackBotToken)

// ---------------------------------------------------------------------------------------------------------------
// Identity, logs
// ---------------------------------------------------------------------------------------------------------------

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
  tags: tags
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL Flexible Server
// ---------------------------------------------------------------------------------------------------------------

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  tags: tags
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: postgresBackupRetentionDays
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's "allow public access from any Azure service within Azure": the Container Apps
// environment (without a VNet) has no fixed outbound address to list instead.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Key Vault (RBAC) and its secrets; the app's identity may read them
// ---------------------------------------------------------------------------------------------------------------

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: keyVaultPurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource kvPseudonym 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: secretPseudonym
  properties: {
    value: pseudonymSecret
  }
}

resource kvSlackSigning 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: secretSlackSigning
  properties: {
    value: slackSigningSecret
  }
}

resource kvSlackClient 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasSlackClientSecret) {
  parent: keyVault
  name: secretSlackClient
  properties: {
    value: slackClientSecret
  }
}

resource kvSlackBotToken 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (hasSlackBotToken) {
  parent: keyVault
  name: secretSlackBotToken
  properties: {
    value: slackBotToken
  }
}

resource kvTeamsPassword 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: secretTeamsPassword
  properties: {
    value: teamsAppPassword
  }
}

resource kvPostgres 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: secretPostgres
  properties: {
    // Npgsql connection string; TLS is required by the server and verified against the system CA store.
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${postgresDatabaseName};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=VerifyFull'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Azure Files share for DataProtection:KeysPath (shared by every replica)
// ---------------------------------------------------------------------------------------------------------------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Container Apps mounts Azure Files (SMB) with the account key.
    allowSharedKeyAccess: true
  }
}

resource fileService 'Microsoft.Storage/storageAccounts/fileServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource keysShare 'Microsoft.Storage/storageAccounts/fileServices/shares@2023-05-01' = {
  parent: fileService
  name: keysShareName
  properties: {
    shareQuota: 1
    enabledProtocols: 'SMB'
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Container Apps environment and the app
// ---------------------------------------------------------------------------------------------------------------

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logAnalytics.properties.customerId
        sharedKey: logAnalytics.listKeys().primarySharedKey
      }
    }
  }
}

resource environmentStorage 'Microsoft.App/managedEnvironments/storages@2024-03-01' = {
  parent: environment
  name: environmentStorageName
  properties: {
    azureFile: {
      accountName: storage.name
      accountKey: storage.listKeys().keys[0].value
      shareName: keysShare.name
      accessMode: 'ReadWrite'
    }
  }
}

// Container Apps secrets: Key Vault references, read with the user-assigned identity.
var baseSecrets = [
  {
    name: secretPseudonym
    keyVaultUrl: kvPseudonym.properties.secretUri
    identity: identity.id
  }
  {
    name: secretSlackSigning
    keyVaultUrl: kvSlackSigning.properties.secretUri
    identity: identity.id
  }
  {
    name: secretTeamsPassword
    keyVaultUrl: kvTeamsPassword.properties.secretUri
    identity: identity.id
  }
  {
    name: secretPostgres
    keyVaultUrl: kvPostgres.properties.secretUri
    identity: identity.id
  }
]
var slackClientSecrets = hasSlackClientSecret
  ? [
      {
        name: secretSlackClient
        keyVaultUrl: '${keyVault.properties.vaultUri}secrets/${secretSlackClient}'
        identity: identity.id
      }
    ]
  : []
var slackBotTokenSecrets = hasSlackBotToken
  ? [
      {
        name: secretSlackBotToken
        keyVaultUrl: '${keyVault.properties.vaultUri}secrets/${secretSlackBotToken}'
        identity: identity.id
      }
    ]
  : []

// Configuration keys exactly as the host reads them (README / architecture.md), with __ for :.
var baseEnv = [
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
  {
    // Behind the Container Apps ingress (TLS terminated there): trust X-Forwarded-Proto/For so that the app sees
    // https, e.g. for the Slack OAuth redirect. Only the ingress can reach the container.
    name: 'ASPNETCORE_FORWARDEDHEADERS_ENABLED'
    value: 'true'
  }
  {
    name: 'Playground__Enabled'
    value: 'false'
  }
  {
    name: 'Storage__Provider'
    value: 'Postgres'
  }
  {
    name: 'ConnectionStrings__AllyBot'
    secretRef: secretPostgres
  }
  {
    name: 'DataProtection__KeysPath'
    value: keysMountPath
  }
  {
    name: 'Privacy__PseudonymSecret'
    secretRef: secretPseudonym
  }
  {
    name: 'Slack__SigningSecret'
    secretRef: secretSlackSigning
  }
  {
    name: 'Slack__ClientId'
    value: slackClientId
  }
  {
    name: 'Teams__AppId'
    value: msaAppId
  }
  {
    name: 'Teams__TenantId'
    value: msaAppTenantId
  }
  {
    name: 'Teams__AppPassword'
    secretRef: secretTeamsPassword
  }
]
var slackClientEnv = hasSlackClientSecret
  ? [
      {
        name: 'Slack__ClientSecret'
        secretRef: secretSlackClient
      }
    ]
  : []
var slackBotTokenEnv = hasSlackBotToken
  ? [
      {
        name: 'Slack__BotToken'
        secretRef: secretSlackBotToken
      }
    ]
  : []

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  tags: tags
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        // Public HTTPS endpoint (TLS at the ingress; plain HTTP is redirected), forwarded to the container's 8080.
        external: true
        targetPort: containerPort
        transport: 'http'
        allowInsecure: false
      }
      secrets: concat(baseSecrets, slackClientSecrets, slackBotTokenSecrets)
      registries: empty(containerRegistryServer)
        ? []
        : [
            {
              server: containerRegistryServer
              identity: identity.id
            }
          ]
    }
    template: {
      containers: [
        {
          name: 'allybot'
          image: containerImage
          resources: {
            cpu: json(sizes[containerSize].cpu)
            memory: sizes[containerSize].memory
          }
          env: concat(baseEnv, slackClientEnv, slackBotTokenEnv)
          probes: [
            {
              // Start-up: up to 10 x 3 s for the process to answer (rules load and migrations run at start).
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: containerPort
              }
              initialDelaySeconds: 2
              periodSeconds: 3
              timeoutSeconds: 3
              failureThreshold: 10
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: containerPort
              }
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 3
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: containerPort
              }
              periodSeconds: 10
              timeoutSeconds: 3
              failureThreshold: 3
              successThreshold: 1
            }
          ]
          volumeMounts: [
            {
              volumeName: 'dataprotection-keys'
              mountPath: keysMountPath
            }
          ]
        }
      ]
      volumes: [
        {
          name: 'dataprotection-keys'
          storageType: 'AzureFile'
          storageName: environmentStorage.name
          // SMB has no per-file owners: present the share as owned by the container's user, private to it.
          mountOptions: 'uid=${appUid},gid=${appUid},dir_mode=0700,file_mode=0600,mfsymlinks,nobrl'
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: max(minReplicas, maxReplicas)
        rules: [
          {
            name: 'http-concurrency'
            http: {
              metadata: {
                concurrentRequests: string(httpConcurrentRequests)
              }
            }
          }
        ]
      }
    }
  }
  dependsOn: [
    // The identity must be able to read the secrets before the first revision resolves them.
    secretsUser
    kvSlackClient
    kvSlackBotToken
    postgresDatabase
    postgresAllowAzure
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// Azure Bot (single tenant) and its Microsoft Teams channel
// ---------------------------------------------------------------------------------------------------------------

var appFqdn = app.properties.configuration.ingress.fqdn
var appUrl = 'https://${appFqdn}'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: '${appUrl}/api/messages'
    msaAppType: 'SingleTenant'
    msaAppId: msaAppId
    msaAppTenantId: msaAppTenantId
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs: the URLs to paste into the Slack app config and the Teams manifest
// ---------------------------------------------------------------------------------------------------------------

@description('The app\'s public HTTPS base URL.')
output appUrl string = appUrl

@description('Slack Event Subscriptions request URL.')
output slackEventsUrl string = '${appUrl}/slack/events'

@description('Slack slash command (/ally) request URL.')
output slackCommandsUrl string = '${appUrl}/slack/commands'

@description('Slack Interactivity request URL.')
output slackInteractivityUrl string = '${appUrl}/slack/interactivity'

@description('Slack OAuth redirect URL.')
output slackOAuthRedirectUrl string = '${appUrl}/slack/oauth/callback'

@description('Slack install link (OAuth installs).')
output slackInstallUrl string = '${appUrl}/slack/install'

@description('Bot Framework messaging endpoint, set on the Azure Bot.')
output teamsMessagingEndpoint string = bot.properties.endpoint

@description('Health endpoints.')
output healthUrls object = {
  liveness: '${appUrl}/healthz'
  readiness: '${appUrl}/readyz'
}

@description('Name of the Key Vault holding the secrets.')
output keyVaultName string = keyVault.name

@description('Client id of the user-assigned identity (grant it AcrPull on a private registry).')
output identityClientId string = identity.properties.clientId

@description('Principal id of the user-assigned identity.')
output identityPrincipalId string = identity.properties.principalId

@description('PostgreSQL server host name.')
output postgresHost string = postgres.properties.fullyQualifiedDomainName

@description('Azure Bot resource name.')
output botName string = bot.name
