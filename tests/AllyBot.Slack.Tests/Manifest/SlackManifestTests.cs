using AllyBot.Slack.Endpoints;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.Translation;
using YamlDotNet.RepresentationModel;

namespace AllyBot.Slack.Tests.Manifest;

/// <summary>deploymentTemplates/slack/manifest.yml must ask Slack for exactly what bot/AllyBot.Slack serves.</summary>
public sealed class SlackManifestTests
{
    private static readonly YamlMappingNode Root = Load();

    /// <summary>The scope each subscribed bot event needs (docs.slack.dev events reference).</summary>
    private static readonly Dictionary<string, string?> ScopeForEvent = new()
    {
        ["message.channels"] = "channels:history",
        ["message.groups"] = "groups:history",
        ["message.im"] = "im:history",
        ["message.mpim"] = "mpim:history",
        ["app_mention"] = "app_mentions:read",
        ["member_joined_channel"] = "channels:read",
        ["app_uninstalled"] = null,
        ["tokens_revoked"] = null,
        ["app_home_opened"] = null,
    };

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Manifest", "manifest.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode At(params string[] path) => path.Aggregate<string, YamlNode>(Root, (node, key) => ((YamlMappingNode)node)[key]);

    private static string Scalar(params string[] path) => ((YamlScalarNode)At(path)).Value!;

    private static string[] Sequence(params string[] path) => [.. ((YamlSequenceNode)At(path)).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static string PathOf(string url) => new Uri(url).AbsolutePath;

    [Test]
    public void Manifest_Urls_AreTheEndpointsMapSlackServes()
    {
        Assert.That(PathOf(Scalar("settings", "event_subscriptions", "request_url")), Is.EqualTo(SlackEventsEndpoint.Path));
        Assert.That(PathOf(Scalar("settings", "interactivity", "request_url")), Is.EqualTo(SlackInteractivityEndpoint.Path));
        Assert.That(Sequence("oauth_config", "redirect_urls").Select(PathOf), Is.EqualTo(new[] { SlackOAuthCallbackEndpoint.Path }));
        Assert.That(Scalar("settings", "interactivity", "is_enabled"), Is.EqualTo("true"));
    }

    [Test]
    public void Manifest_SlashCommand_IsAllyOnTheCommandsEndpoint()
    {
        var command = (YamlMappingNode)((YamlSequenceNode)At("features", "slash_commands")).Children.Single();

        Assert.That(((YamlScalarNode)command["command"]).Value, Is.EqualTo("/ally"));
        Assert.That(PathOf(((YamlScalarNode)command["url"]).Value!), Is.EqualTo(SlackCommandsEndpoint.Path));
        Assert.That(((YamlScalarNode)command["should_escape"]).Value, Is.EqualTo("false"));
    }

    [Test]
    public void Manifest_BotScopes_AreTheOnesInstallAsksFor()
    {
        Assert.That(Sequence("oauth_config", "scopes", "bot"), Is.EquivalentTo(SlackScopes.Bot));
    }

    [Test]
    public void Manifest_BotEvents_AreTheOnesTheTranslatorHandles()
    {
        var events = Sequence("settings", "event_subscriptions", "bot_events");

        Assert.That(events.Select(e => e.Split('.')[0]).Distinct(), Is.EquivalentTo(SlackEventTranslator.SubscribedEventTypes));
    }

    [Test]
    public void Manifest_EveryEvent_HasTheScopeItNeeds()
    {
        var scopes = Sequence("oauth_config", "scopes", "bot");

        foreach (var e in Sequence("settings", "event_subscriptions", "bot_events"))
        {
            Assert.That(ScopeForEvent.ContainsKey(e), Is.True, $"unknown event {e}");
            if (ScopeForEvent[e] is { } scope)
            {
                Assert.That(scopes, Does.Contain(scope), $"{e} needs {scope}");
            }
        }
    }

    [Test]
    public void Manifest_Shortcut_IsTheCheckModalsCallback()
    {
        var shortcut = (YamlMappingNode)((YamlSequenceNode)At("features", "shortcuts")).Children.Single();

        Assert.That(((YamlScalarNode)shortcut["callback_id"]).Value, Is.EqualTo(SlackCheckModal.CallbackId));
        Assert.That(((YamlScalarNode)shortcut["type"]).Value, Is.EqualTo("global"));
    }

    [Test]
    public void Manifest_AppHome_HasTheHomeTabAndItsEvent()
    {
        Assert.That(Scalar("features", "app_home", "home_tab_enabled"), Is.EqualTo("true"));
        Assert.That(Sequence("settings", "event_subscriptions", "bot_events"), Does.Contain("app_home_opened"));
    }

    [Test]
    public void Manifest_Settings_MatchTheSupportedModes()
    {
        Assert.That(Scalar("_metadata", "major_version"), Is.EqualTo("2"));
        Assert.That(Scalar("settings", "org_deploy_enabled"), Is.EqualTo("false"), "org-wide installs are refused by the OAuth callback");
        Assert.That(Scalar("settings", "token_rotation_enabled"), Is.EqualTo("false"), "token refresh is not implemented");
    }
}
