using System.Text.Json.Nodes;

namespace AllyBot.Deployment.Tests.Azure;

/// <summary>deploymentTemplates/azure: main.json is valid ARM, matches main.bicep, and wires the app as designed.</summary>
public sealed class ArmTemplateTests
{
    private static JsonObject Template => ArmTemplate.Load(RepositoryPaths.ArmTemplate);

    private static JsonObject ParametersExample => ArmTemplate.Load(RepositoryPaths.ArmParametersExample);

    private static JsonObject ContainerApp => ArmTemplate.SingleOfType(Template, "Microsoft.App/containerApps");

    private static JsonArray Probes =>
        (JsonArray)ContainerApp["properties"]!["template"]!["containers"]![0]!["probes"]!;

    [Test]
    public void MainJson_Parsed_IsArmTemplateWithSchemaAndContentVersion()
    {
        var template = Template;

        Assert.That((string?)template["$schema"], Is.EqualTo(ArmTemplate.TemplateSchema));
        Assert.That((string?)template["contentVersion"], Is.EqualTo("1.0.0.0"));
        Assert.That(template["parameters"], Is.InstanceOf<JsonObject>());
        Assert.That(ArmTemplate.Resources(template), Is.Not.Empty);
    }

    [Test]
    public void ParametersExample_Parsed_IsArmParametersFileWithSchemaAndContentVersion()
    {
        var parameters = ParametersExample;

        Assert.That((string?)parameters["$schema"], Is.EqualTo(ArmTemplate.ParametersSchema));
        Assert.That((string?)parameters["contentVersion"], Is.EqualTo("1.0.0.0"));
        Assert.That(parameters["parameters"], Is.InstanceOf<JsonObject>());
    }

    [Test]
    public void BicepParameters_ComparedWithMainJson_AreTheSameSet()
    {
        Assert.That(BicepSource.Parameters, Is.Not.Empty);
        Assert.That(BicepSource.Parameters.Order(StringComparer.Ordinal), Is.EqualTo(ArmTemplate.ParameterNames(Template)),
            "every `param` in main.bicep must be in main.json's parameters, and vice versa (rebuild main.json)");
    }

    [Test]
    public void BicepResourceTypes_ComparedWithMainJson_AllAppear()
    {
        var jsonTypes = ArmTemplate.ResourceTypes(Template).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.That(BicepSource.ResourceTypes, Is.Not.Empty);
        Assert.That(BicepSource.ResourceTypes.Where(t => !jsonTypes.Contains(t)), Is.Empty, "resource types in main.bicep missing from main.json");
        Assert.That(jsonTypes.Where(t => !BicepSource.ResourceTypes.Contains(t, StringComparer.OrdinalIgnoreCase)), Is.Empty, "resource types in main.json missing from main.bicep");
    }

    [TestCase("Microsoft.App/managedEnvironments")]
    [TestCase("Microsoft.App/containerApps")]
    [TestCase("Microsoft.DBforPostgreSQL/flexibleServers")]
    [TestCase("Microsoft.DBforPostgreSQL/flexibleServers/databases")]
    [TestCase("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules")]
    [TestCase("Microsoft.KeyVault/vaults")]
    [TestCase("Microsoft.KeyVault/vaults/secrets")]
    [TestCase("Microsoft.ManagedIdentity/userAssignedIdentities")]
    [TestCase("Microsoft.Authorization/roleAssignments")]
    [TestCase("Microsoft.Storage/storageAccounts/fileServices/shares")]
    [TestCase("Microsoft.App/managedEnvironments/storages")]
    [TestCase("Microsoft.BotService/botServices")]
    [TestCase("Microsoft.BotService/botServices/channels")]
    [TestCase("Microsoft.OperationalInsights/workspaces")]
    public void MainJson_RequiredResourceType_IsDeployed(string type) =>
        Assert.That(ArmTemplate.ResourceTypes(Template), Does.Contain(type));

    [Test]
    public void ParametersExample_EveryParameter_ExistsInTemplate()
    {
        var known = ArmTemplate.ParameterNames(Template);
        var given = (ParametersExample["parameters"] as JsonObject)!.Select(p => p.Key);

        Assert.That(given.Where(p => !known.Contains(p)), Is.Empty);
    }

    [Test]
    public void ParametersExample_EveryRequiredParameter_IsGiven()
    {
        var required = (Template["parameters"] as JsonObject)!.Where(p => p.Value is JsonObject o && !o.ContainsKey("defaultValue")).Select(p => p.Key);
        var given = (ParametersExample["parameters"] as JsonObject)!.Select(p => p.Key).ToHashSet();

        Assert.That(required.Where(p => !given.Contains(p)), Is.Empty);
    }

    [Test]
    public void ParametersExample_SecureParameters_AreKeyVaultReferencesNotValues()
    {
        var parameters = (Template["parameters"] as JsonObject)!;
        var given = (ParametersExample["parameters"] as JsonObject)!;
        foreach (var (name, value) in given)
        {
            if ((string?)parameters[name]?["type"] == "securestring")
            {
                Assert.That(((JsonObject)value!).ContainsKey("value"), Is.False, $"{name} holds a literal secret; use a Key Vault reference");
            }
        }
    }

    [Test]
    public void TemplateParameters_EveryOne_HasADescription()
    {
        foreach (var (name, value) in (Template["parameters"] as JsonObject)!)
        {
            Assert.That((string?)value!["metadata"]?["description"], Is.Not.Null.And.Not.Empty, name);
        }
    }

    [Test]
    public void ContainerProbes_Liveness_GetsHealthz()
    {
        var liveness = Probes.Single(p => (string?)p!["type"] == "Liveness")!;

        Assert.That((string?)liveness["httpGet"]!["path"], Is.EqualTo("/healthz"));
        Assert.That((int?)ArmTemplate.Resolve(Template, liveness["httpGet"]!["port"]), Is.EqualTo(8080));
    }

    [Test]
    public void ContainerProbes_Readiness_GetsReadyz()
    {
        var readiness = Probes.Single(p => (string?)p!["type"] == "Readiness")!;

        Assert.That((string?)readiness["httpGet"]!["path"], Is.EqualTo("/readyz"));
        Assert.That((int?)ArmTemplate.Resolve(Template, readiness["httpGet"]!["port"]), Is.EqualTo(8080));
    }

    [Test]
    public void ContainerProbes_Every_UsesAFixedHealthPath()
    {
        var paths = Probes.Select(p => (string?)p!["httpGet"]!["path"]).ToList();

        Assert.That(paths, Has.Count.EqualTo(3));
        Assert.That(paths, Is.All.AnyOf("/healthz", "/readyz"));
    }

    [Test]
    public void Ingress_External_TargetsPort8080WithoutPlainHttp()
    {
        var ingress = ContainerApp["properties"]!["configuration"]!["ingress"]!;

        Assert.That((bool?)ingress["external"], Is.True);
        Assert.That((int?)ArmTemplate.Resolve(Template, ingress["targetPort"]), Is.EqualTo(8080));
        Assert.That((bool?)ingress["allowInsecure"], Is.False);
    }

    [Test]
    public void ContainerApp_Identity_IsUserAssigned()
    {
        Assert.That((string?)ContainerApp["identity"]!["type"], Is.EqualTo("UserAssigned"));
    }

    [Test]
    public void ContainerApp_Secrets_AreKeyVaultReferencesReadByTheIdentity()
    {
        var secrets = ContainerApp["properties"]!["configuration"]!["secrets"]!.GetValue<string>();

        Assert.That(secrets, Does.Contain("keyVaultUrl").And.Contain("'identity'"));
        Assert.That(secrets, Does.Not.Contain("'value'"), "Container Apps secrets must reference Key Vault, not hold values");
    }

    [Test]
    public void ContainerApp_KeysVolume_IsAzureFilesMountedAtDataKeys()
    {
        var template = ContainerApp["properties"]!["template"]!;
        var mount = template["containers"]![0]!["volumeMounts"]![0]!;
        var volume = template["volumes"]![0]!;

        Assert.That((string?)mount["mountPath"], Is.EqualTo("[variables('keysMountPath')]"));
        Assert.That((string?)Template["variables"]!["keysMountPath"], Is.EqualTo("/data/keys"));
        Assert.That((string?)volume["storageType"], Is.EqualTo("AzureFile"));
        var env = (JsonArray)Template["variables"]!["baseEnv"]!;
        Assert.That((string?)ContainerApp["properties"]!["template"]!["containers"]![0]!["env"], Does.StartWith("[concat(variables('baseEnv')"));
        Assert.That(env.Single(e => (string?)e!["name"] == "DataProtection__KeysPath")!["value"]!.GetValue<string>(), Is.EqualTo("[variables('keysMountPath')]"));
    }

    [Test]
    public void KeyVault_Authorization_IsRbac()
    {
        var vault = ArmTemplate.SingleOfType(Template, "Microsoft.KeyVault/vaults");

        Assert.That((bool?)vault["properties"]!["enableRbacAuthorization"], Is.True);
    }

    [TestCase("privacy-pseudonym-secret")]
    [TestCase("slack-signing-secret")]
    [TestCase("teams-app-password")]
    [TestCase("postgres-connection-string")]
    public void KeyVault_Secret_IsStored(string secret)
    {
        Assert.That(Template["variables"]!.ToJsonString(), Does.Contain($"\"{secret}\""));
    }

    /// <summary>The literal of an ARM <c>[format('literal', args...)]</c> expression, e.g. <c>{0}/api/messages</c>.</summary>
    private static string FormatLiteral(string? expression)
    {
        var match = System.Text.RegularExpressions.Regex.Match(expression ?? "", @"^\[format\('(?<literal>[^']*)',");
        Assert.That(match.Success, Is.True, $"not a format() expression: {expression}");
        return match.Groups["literal"].Value;
    }

    /// <summary>True when the expression builds on the app's ingress FQDN as https.</summary>
    private static bool IsOnAppUrl(string? expression) =>
        expression is not null
        && expression.Contains("format('https://{0}', reference(resourceId('Microsoft.App/containerApps'", StringComparison.Ordinal)
        && expression.Contains(".configuration.ingress.fqdn)", StringComparison.Ordinal);

    [Test]
    public void Bot_Endpoint_EndsWithApiMessagesOnTheAppUrl()
    {
        var bot = ArmTemplate.SingleOfType(Template, "Microsoft.BotService/botServices");
        var endpoint = (string?)bot["properties"]!["endpoint"];

        Assert.That(FormatLiteral(endpoint), Is.EqualTo("{0}/api/messages"));
        Assert.That(IsOnAppUrl(endpoint), Is.True, endpoint);
        Assert.That((string?)bot["properties"]!["msaAppType"], Is.EqualTo("SingleTenant"));
        Assert.That((string?)bot["properties"]!["msaAppId"], Is.EqualTo("[parameters('msaAppId')]"));
        Assert.That((string?)bot["properties"]!["msaAppTenantId"], Is.EqualTo("[parameters('msaAppTenantId')]"));
    }

    [Test]
    public void BotChannel_Teams_IsEnabled()
    {
        var channel = ArmTemplate.SingleOfType(Template, "Microsoft.BotService/botServices/channels");

        Assert.That((string?)channel["properties"]!["channelName"], Is.EqualTo("MsTeamsChannel"));
        Assert.That((bool?)channel["properties"]!["properties"]!["isEnabled"], Is.True);
    }

    [Test]
    public void BicepBotEndpoint_Source_EndsWithApiMessagesOnTheAppUrl()
    {
        Assert.That(BicepSource.Text, Does.Contain("endpoint: '${appUrl}/api/messages'"));
        Assert.That(BicepSource.Text, Does.Contain("var appUrl = 'https://${appFqdn}'"));
        Assert.That(BicepSource.Text, Does.Contain("var appFqdn = app.properties.configuration.ingress.fqdn"));
    }

    [TestCase("slackEventsUrl", "/slack/events")]
    [TestCase("slackCommandsUrl", "/slack/commands")]
    [TestCase("slackInteractivityUrl", "/slack/interactivity")]
    [TestCase("slackOAuthRedirectUrl", "/slack/oauth/callback")]
    [TestCase("slackInstallUrl", "/slack/install")]
    public void Outputs_SlackUrl_IsTheFixedPathOnTheAppUrl(string output, string path)
    {
        var value = (string?)Template["outputs"]![output]?["value"];

        Assert.That(FormatLiteral(value), Is.EqualTo("{0}" + path), output);
        Assert.That(IsOnAppUrl(value), Is.True, value);
    }

    [Test]
    public void Outputs_AppUrl_IsHttpsOnTheIngressFqdn()
    {
        var value = (string?)Template["outputs"]!["appUrl"]?["value"];

        Assert.That(FormatLiteral(value), Is.EqualTo("https://{0}"));
        Assert.That(value, Does.Contain(".configuration.ingress.fqdn)"));
    }

    [Test]
    public void Outputs_TeamsMessagingEndpoint_IsTheBotsEndpoint()
    {
        var value = (string?)Template["outputs"]!["teamsMessagingEndpoint"]?["value"];

        Assert.That(value, Does.StartWith("[reference(resourceId('Microsoft.BotService/botServices'").And.EndWith(").endpoint]"));
    }

    [Test]
    public void BicepOutputs_ComparedWithMainJson_AreTheSameSet()
    {
        var bicepOutputs = System.Text.RegularExpressions.Regex.Matches(BicepSource.Text, @"^output\s+(\w+)\s", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);

        Assert.That(bicepOutputs, Is.EqualTo(ArmTemplate.OutputNames(Template)));
    }
}
