using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Tests.Admin;

public sealed class FacilitatorAdminRolesTests
{
    private static readonly ChannelSettings General = ChannelSettings.Default(new ChatAddress(ChatPlatform.Playground, "W1", "general"));

    [Test]
    public async Task IsAdmin_FacilitatorOfTheChannel_True()
    {
        Assert.That(await new FacilitatorAdminRoles().IsAdminAsync(General with { FacilitatorIds = ["alex"] }, "alex"), Is.True);
    }

    [Test]
    public async Task IsAdmin_ChannelWithoutFacilitators_NoOne()
    {
        Assert.That(await new FacilitatorAdminRoles().IsAdminAsync(General, "alex"), Is.False);
    }
}
