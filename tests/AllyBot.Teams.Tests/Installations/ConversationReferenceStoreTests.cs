using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;
using AllyBot.Teams.Installations;
using AllyBot.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Teams.Tests.Installations;

public sealed class ConversationReferenceStoreTests
{
    private const string Tenant = "tenant-1";

    private readonly InMemoryAllyStore _store = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider _protection = new();

    private ConversationReferenceStore Create() => new(_store, _protection, _clock, NullLogger<ConversationReferenceStore>.Instance);

    private static ConversationReference Reference(string serviceUrl = "https://smba.trafficmanager.net/amer/", string? team = null) =>
        new(serviceUrl, "28:bot", Tenant, "19:c@thread.tacv2", team);

    [Test]
    public async Task Install_ThenGetFromAFreshInstance_ReadsTheEncryptedReference()
    {
        await Create().InstallAsync(Reference(team: "19:team"));

        var reference = await Create().GetAsync(Tenant);

        Assert.That(reference, Is.EqualTo(Reference(team: "19:team")));
        var secret = System.Text.Encoding.UTF8.GetString((await _store.GetAsync(ChatPlatform.Teams, Tenant))!.Secret);
        Assert.That(secret, Does.Not.Contain("trafficmanager"));
    }

    [Test]
    public async Task Remember_Unchanged_DoesNotWriteAgain()
    {
        var references = Create();
        await references.RememberAsync(Reference());
        var first = (await _store.GetAsync(ChatPlatform.Teams, Tenant))!.InstalledAt;
        _clock.Advance(TimeSpan.FromHours(1));

        await references.RememberAsync(Reference());

        Assert.That((await _store.GetAsync(ChatPlatform.Teams, Tenant))!.InstalledAt, Is.EqualTo(first));
    }

    [Test]
    public async Task Remember_NewServiceUrl_WritesAndKeepsTheTeam()
    {
        var references = Create();
        await references.InstallAsync(Reference(team: "19:team"));

        await references.RememberAsync(Reference("https://smba.trafficmanager.net/emea/"));

        var stored = await Create().GetAsync(Tenant);
        Assert.That(stored!.ServiceUrl, Is.EqualTo("https://smba.trafficmanager.net/emea/"));
        Assert.That(stored.TeamId, Is.EqualTo("19:team"));
    }

    [Test]
    public async Task Uninstall_DeletesTheInstallation()
    {
        var references = Create();
        await references.InstallAsync(Reference());

        await references.UninstallAsync(Tenant);

        Assert.That(await _store.GetAsync(ChatPlatform.Teams, Tenant), Is.Null);
        Assert.That(await references.GetAsync(Tenant), Is.Null);
    }

    [Test]
    public async Task Get_SecretFromOtherKeys_IsNull()
    {
        await _store.SaveAsync(new Installation(ChatPlatform.Teams, Tenant, [1, 2, 3], _clock.GetUtcNow()));

        Assert.That(await Create().GetAsync(Tenant), Is.Null);
    }
}
