using System.Buffers.Binary;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllyBot.Core.Commands;
using AllyBot.Rules;
using AllyBot.Teams.Inbound;
using AllyBot.Testing;

namespace AllyBot.Teams.Tests.Manifest;

/// <summary>deploymentTemplates/teams: required fields of schema 1.22, icons, RSC, and commands the code understands.</summary>
public sealed partial class TeamsManifestTests : IDisposable
{
    private static readonly string Folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "Manifest", "teams");

    private readonly JsonDocument _document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));

    private JsonElement Root => _document.RootElement;

    private JsonElement Bot => Root.GetProperty("bots")[0];

    public void Dispose() => _document.Dispose();

    [Test]
    public void Manifest_RequiredTopLevelFields_ArePresentAndValid()
    {
        Assert.That(Root.GetProperty("$schema").GetString(), Does.Contain("/teams/v1.22/MicrosoftTeams.schema.json"));
        Assert.That(Root.GetProperty("manifestVersion").GetString(), Is.EqualTo("1.22"));
        Assert.That(Root.GetProperty("version").GetString(), Does.Match(@"^\d+\.\d+\.\d+$"));
        Assert.That(Guid.TryParse(Root.GetProperty("id").GetString(), out _), Is.True, "id must be a GUID");
        foreach (var key in new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.That(Root.GetProperty("developer").GetProperty(key).GetString(), Is.Not.Empty, "developer." + key);
        }

        Assert.That(Root.GetProperty("name").GetProperty("short").GetString()!.Length, Is.InRange(1, 30));
        Assert.That(Root.GetProperty("name").GetProperty("full").GetString()!.Length, Is.InRange(1, 100));
        Assert.That(Root.GetProperty("description").GetProperty("short").GetString()!.Length, Is.InRange(1, 80));
        Assert.That(Root.GetProperty("description").GetProperty("full").GetString()!.Length, Is.InRange(1, 4000));
        Assert.That(Root.GetProperty("accentColor").GetString(), Does.Match("^#[0-9A-Fa-f]{6}$"));
    }

    [TestCase("color", 192)]
    [TestCase("outline", 32)]
    public void Manifest_Icons_ArePngsOfTheRequiredSize(string icon, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, Root.GetProperty("icons").GetProperty(icon).GetString()!));

        Assert.That(bytes.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), Is.EqualTo(size));
        Assert.That(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)), Is.EqualTo(size));
    }

    [Test]
    public void Manifest_Bot_HasAllScopesAndIsConversational()
    {
        Assert.That(Bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()), Is.EquivalentTo(new[] { "personal", "team", "groupChat" }));
        Assert.That(Bot.GetProperty("isNotificationOnly").GetBoolean(), Is.False);
        Assert.That(Bot.GetProperty("botId").GetString(), Is.EqualTo(Root.GetProperty("webApplicationInfo").GetProperty("id").GetString()));
    }

    [Test]
    public void Manifest_ResourceSpecificConsent_ReadsChannelAndChatMessagesAndTeamMembers()
    {
        Assert.That(Root.GetProperty("webApplicationInfo").GetProperty("resource").GetString(), Is.Not.Empty);
        var permissions = Root.GetProperty("authorization").GetProperty("permissions").GetProperty("resourceSpecific").EnumerateArray()
            .Select(p => (p.GetProperty("name").GetString(), p.GetProperty("type").GetString()));

        Assert.That(permissions, Is.EquivalentTo(new[] { ("ChannelMessage.Read.Group", "Application"), ("ChatMessage.Read.Chat", "Application"), ("TeamMember.Read.Group", "Application") }));
    }

    [Test]
    public void Manifest_TeamMemberReadGroup_IsAnApplicationPermissionOfThisAppsRegistration()
    {
        var permissions = Root.GetProperty("authorization").GetProperty("permissions").GetProperty("resourceSpecific").EnumerateArray();

        Assert.That(permissions.Count(p => p.GetProperty("name").GetString() == "TeamMember.Read.Group" && p.GetProperty("type").GetString() == "Application"), Is.EqualTo(1));
        Assert.That(Root.GetProperty("webApplicationInfo").GetProperty("id").GetString(), Is.EqualTo(Bot.GetProperty("botId").GetString()), "the Graph token comes from the bot's app registration");
    }

    [Test]
    public void Manifest_CommandLists_AreExactlyTheCommandWordsTheBotUnderstands()
    {
        foreach (var list in Bot.GetProperty("commandLists").EnumerateArray())
        {
            var commands = list.GetProperty("commands").EnumerateArray().ToList();
            Assert.That(commands, Has.Count.LessThanOrEqualTo(10));
            Assert.That(commands.Select(c => c.GetProperty("title").GetString()), Is.EquivalentTo(CommandWords.All));
            Assert.That(commands.Select(c => c.GetProperty("title").GetString()!.Length), Is.All.InRange(1, 32));
            Assert.That(commands.Select(c => c.GetProperty("description").GetString()!.Length), Is.All.InRange(1, 128));
        }
    }

    [Test]
    public void CommandWords_AreHelpPlusEveryCoreCommandVerb()
    {
        var store = new InMemoryAllyStore();
        var rules = new FixedRuleSetProvider(RuleSet.Create([]));
        IAllyCommand[] core =
        [
            new TipsCommand(rules), new CheckCommand(LocalOnlyLanguage.Rules(rules)), new SnoozeCommand(store), new OptOutCommand(store, optIn: false),
            new OptOutCommand(store, optIn: true), new MeCommand(store, store), new ForgetMeCommand(store),
        ];

        Assert.That(CommandWords.All, Is.EquivalentTo(core.Select(c => c.Verb).Prepend("help")));
    }

    [Test]
    public void Manifest_Placeholders_AreOnlyTheDocumentedOnes()
    {
        var placeholders = Placeholder().Matches(File.ReadAllText(Path.Combine(Folder, "manifest.json"))).Select(m => m.Value).Distinct();

        Assert.That(placeholders, Is.EquivalentTo(new[] { "${{BOT_ID}}", "${{BOT_DOMAIN}}" }));
    }

    [GeneratedRegex(@"\$\{\{[A-Z_]+\}\}")]
    private static partial Regex Placeholder();
}
