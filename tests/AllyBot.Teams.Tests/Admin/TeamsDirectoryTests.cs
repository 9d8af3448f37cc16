using AllyBot.Teams.Admin;
using AllyBot.Teams.Tests.Support;
using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Tests.Admin;

public sealed class TeamsDirectoryTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Test]
    public void Remember_ChannelMessageWithTeamGroup_KnowsTheChannelsTeamTheTenantsTeamsAndTheAuthor()
    {
        var directory = new TeamsDirectory();

        directory.Remember(ActivityFiles.Load("channel-message-settings.json"));

        Assert.That(directory.TeamOf(Tenant, CardWorld.Channel), Is.EqualTo(CardWorld.TeamGroupId));
        Assert.That(directory.TeamsOf(Tenant), Is.EqualTo(new[] { CardWorld.TeamGroupId }));
        Assert.That(directory.AadObjectIdOf(Tenant, CardWorld.Sam), Is.EqualTo("6be4b4b0-2f8a-4b7e-9d3c-1a2b3c4d5e6f"));
        Assert.That(directory.AadObjectIdOf("another-tenant", CardWorld.Sam), Is.Null);
    }

    [Test]
    public void Remember_IdsThatAreNoGuids_AreNotKept()
    {
        var directory = new TeamsDirectory();
        var activity = ActivityFiles.Load("channel-message-settings.json");

        directory.Remember(activity with
        {
            From = activity.From! with { AadObjectId = "../me" },
            ChannelData = activity.ChannelData! with { Team = new TeamsRef { Id = "19:x@thread.tacv2", AadGroupId = "not-a-group" } },
        });

        Assert.That(directory.AadObjectIdOf(Tenant, CardWorld.Sam), Is.Null);
        Assert.That(directory.TeamOf(Tenant, CardWorld.Channel), Is.Null);
        Assert.That(directory.TeamsOf(Tenant), Is.Empty);
    }

    [Test]
    public void Remember_ChatWithoutTeam_KnowsNoTeam()
    {
        var directory = new TeamsDirectory();

        directory.Remember(ActivityFiles.Load("group-chat-message.json"));

        Assert.That(directory.TeamsOf(Tenant), Is.Empty);
    }
}
