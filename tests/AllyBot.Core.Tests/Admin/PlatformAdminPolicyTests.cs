using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Admin;

public sealed class PlatformAdminPolicyTests
{
    private static readonly ChannelSettings General = ChannelSettings.Default(new ChatAddress(ChatPlatform.Slack, "T1", "C1"));

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryWorkspaceAdminStore _granted = new();
    private readonly ScriptedRoles _roles = new();

    private PlatformAdminPolicy Policy() => new(_granted, _roles, _clock);

    [Test]
    public async Task MayAdminister_PlatformSaysAdmin_True()
    {
        _roles.Answers["U1"] = true;

        Assert.That(await Policy().MayAdministerAsync(General, "U1"), Is.True);
    }

    [Test]
    public async Task MayAdminister_PlatformSaysMember_False()
    {
        _roles.Answers["U2"] = false;

        Assert.That(await Policy().MayAdministerAsync(General, "U2"), Is.False);
    }

    [Test]
    public async Task MayAdminister_GrantedAdmin_TrueWithoutAskingThePlatform()
    {
        var config = await _granted.GetAsync("T1");
        await _granted.TrySaveAsync("T1", config, config with { AdminIds = ["U3"] }, new AdminChange("U1", "granted admin to U3", _clock.GetUtcNow()));

        Assert.That(await Policy().MayAdministerAsync(General, "U3"), Is.True);
        Assert.That(_roles.Asked, Is.Empty);
    }

    [Test]
    public async Task MayAdminister_PlatformCannotTell_FailsClosedAndAsksAgainNextTime()
    {
        var policy = Policy();

        Assert.That(await policy.MayAdministerAsync(General, "U4"), Is.False);
        _roles.Answers["U4"] = true;
        Assert.That(await policy.MayAdministerAsync(General, "U4"), Is.True);
    }

    [Test]
    public async Task MayAdminister_PlatformThrows_FailsClosed()
    {
        _roles.Throw = true;

        Assert.That(await Policy().MayAdministerAsync(General, "U1"), Is.False);
    }

    [Test]
    public async Task MayAdminister_WithinFiveMinutes_UsesTheCachedAnswer()
    {
        var policy = Policy();
        _roles.Answers["U1"] = true;
        await policy.MayAdministerAsync(General, "U1");
        _roles.Answers["U1"] = false;
        _clock.Advance(TimeSpan.FromMinutes(4));

        Assert.That(await policy.MayAdministerAsync(General, "U1"), Is.True);
        Assert.That(_roles.Asked, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task MayAdminister_AfterFiveMinutes_AsksAgain()
    {
        var policy = Policy();
        _roles.Answers["U1"] = true;
        await policy.MayAdministerAsync(General, "U1");
        _roles.Answers["U1"] = false;
        _clock.Advance(PlatformAdminPolicy.CacheFor + TimeSpan.FromSeconds(1));

        Assert.That(await policy.MayAdministerAsync(General, "U1"), Is.False);
        Assert.That(_roles.Asked, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task MayAdminister_EmptyUser_FalseWithoutAsking()
    {
        Assert.That(await Policy().MayAdministerAsync(General, ""), Is.False);
        Assert.That(_roles.Asked, Is.Empty);
    }

    [Test]
    public async Task MayChangeChannel_FacilitatorsOrAdmins()
    {
        var withFacilitator = General with { FacilitatorIds = ["U5"] };
        _roles.Answers["U1"] = true;
        _roles.Answers["U6"] = false;
        var policy = Policy();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await policy.MayChangeChannelAsync(withFacilitator, "U5"), Is.True);
            Assert.That(await policy.MayChangeChannelAsync(withFacilitator, "U1"), Is.True);
            Assert.That(await policy.MayChangeChannelAsync(withFacilitator, "U6"), Is.False);
            Assert.That(await policy.MayChangeWorkspaceAsync(withFacilitator, "U6"), Is.False);
            Assert.That(await policy.MayChangeChannelAsync(General, "U6"), Is.True, "no facilitator yet: anyone");
        }
    }

    [Test]
    public async Task MayAdminister_FacilitatorWherePlatformCountsThem_TrueWithoutAskingThePlatform()
    {
        _roles.CountsFacilitators = true;

        Assert.That(await Policy().MayAdministerAsync(General with { FacilitatorIds = ["U7"] }, "U7"), Is.True);
        Assert.That(_roles.Asked, Is.Empty);
    }

    [Test]
    public async Task MayAdminister_FacilitatorWherePlatformDoesNotCountThem_AsksThePlatform()
    {
        _roles.Answers["U7"] = false;

        Assert.That(await Policy().MayAdministerAsync(General with { FacilitatorIds = ["U7"] }, "U7"), Is.False);
        Assert.That(_roles.Asked, Is.EqualTo(new[] { "U7" }));
    }

    private sealed class ScriptedRoles : IPlatformAdminRoles
    {
        public bool CountsFacilitators { get; set; }

        public bool FacilitatorsAreAdmins(ChannelSettings channel) => CountsFacilitators;

        public Dictionary<string, bool> Answers { get; } = new(StringComparer.Ordinal);

        public List<string> Asked { get; } = [];

        public bool Throw { get; set; }

        public Task<bool?> IsAdminAsync(ChannelSettings channel, string userId, CancellationToken cancellationToken = default)
        {
            Asked.Add(userId);
            if (Throw)
            {
                throw new HttpRequestException("platform down");
            }

            return Task.FromResult<bool?>(Answers.TryGetValue(userId, out var isAdmin) ? isAdmin : null);
        }
    }
}
