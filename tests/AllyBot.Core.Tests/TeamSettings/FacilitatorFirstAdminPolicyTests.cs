using AllyBot.Core.Tests.Dialogs;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.TeamSettings;

public sealed class FacilitatorFirstAdminPolicyTests
{
    private readonly FacilitatorFirstAdminPolicy _policy = new();

    [Test]
    public async Task MayChange_NoFacilitatorYet_Anyone()
    {
        var settings = ChannelSettings.Default(DialogScript.Channel());

        Assert.That(await _policy.MayChangeChannelAsync(settings, "U9"), Is.True);
        Assert.That(await _policy.MayChangeWorkspaceAsync(settings, "U9"), Is.True);
    }

    [Test]
    public async Task MayChange_WithFacilitators_OnlyThem()
    {
        var settings = ChannelSettings.Default(DialogScript.Channel()) with { FacilitatorIds = ["U1"] };

        Assert.That(await _policy.MayChangeChannelAsync(settings, "U1"), Is.True);
        Assert.That(await _policy.MayChangeChannelAsync(settings, "U2"), Is.False);
        Assert.That(await _policy.MayChangeWorkspaceAsync(settings, "U2"), Is.False);
    }
}
