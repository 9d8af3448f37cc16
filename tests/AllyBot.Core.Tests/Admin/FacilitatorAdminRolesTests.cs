using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace AllyBot.Core.Tests.Admin;

public sealed class FacilitatorAdminRolesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChannelSettings General = ChannelSettings.Default(new ChatAddress(ChatPlatform.Playground, "W1", "general"));

    [Test]
    public async Task IsAdmin_FacilitatorOfTheChannel_FalseBecauseFacilitatorsAreReadFreshByThePolicy()
    {
        IPlatformAdminRoles roles = new FacilitatorAdminRoles();
        var withAlex = General with { FacilitatorIds = ["alex"] };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(roles.FacilitatorsAreAdmins(withAlex), Is.True);
            Assert.That(await roles.IsAdminAsync(withAlex, "alex"), Is.False, "an answer the policy caches must not say yes for a facilitator");
        }
    }

    [Test]
    public async Task PolicyOverFacilitatorRoles_FacilitatorAddedThenRemoved_CountsAtOnceEachTime()
    {
        var policy = new PlatformAdminPolicy(new InMemoryWorkspaceAdminStore(), new FacilitatorAdminRoles(), new FakeTimeProvider(T0));
        var withAlex = General with { FacilitatorIds = ["alex"] };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await policy.MayAdministerAsync(General, "alex"), Is.False);
            Assert.That(await policy.MayAdministerAsync(withAlex, "alex"), Is.True, "added: an admin at once");
            Assert.That(await policy.MayAdministerAsync(General, "alex"), Is.False, "removed: no longer an admin at once");
            Assert.That(await policy.MayAdministerAsync(withAlex, "sam"), Is.False, "a channel's other members are not admins");
        }
    }
}
