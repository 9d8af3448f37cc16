using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Storage.Tests.Stores;

/// <summary>The <see cref="Core.Ports.ITeamSettingsStore"/> contract.</summary>
public abstract partial class SchedulingStoresContractTests
{
    [Test]
    public async Task ChannelSettingsGet_NeverSaved_ReturnsDefaultOfThatChannel()
    {
        AssertSameSettings(await _stores.TeamSettings.GetAsync(General), ChannelSettings.Default(General));
    }

    [Test]
    public async Task ChannelSettingsSave_ThenGet_ReturnsEveryFieldInOrder()
    {
        var settings = new ChannelSettings(
            General,
            new WeeklySchedule(Weekdays.Monday | Weekdays.Thursday, new TimeOnly(14, 30, 15), "Europe/Berlin"),
            DigestOn: true,
            ["U-zed", "U-amy"]);

        await _stores.TeamSettings.SaveAsync(settings);

        using (Assert.EnterMultipleScope())
        {
            AssertSameSettings(await _stores.TeamSettings.GetAsync(General), settings);
            AssertSameSettings(await _stores.TeamSettings.GetAsync(General with { ThreadId = "1700000000.000100" }), settings);
            AssertSameSettings(await _stores.TeamSettings.GetAsync(TeamsGeneral), ChannelSettings.Default(TeamsGeneral));
        }
    }

    [Test]
    public async Task ChannelSettingsSave_Twice_LastSaveWins()
    {
        await _stores.TeamSettings.SaveAsync(new ChannelSettings(General, WeeklySchedule.CreditDefault("UTC"), DigestOn: true, ["U-amy"]));
        var second = new ChannelSettings(General, null, DigestOn: false, []);

        await _stores.TeamSettings.SaveAsync(second);

        AssertSameSettings(await _stores.TeamSettings.GetAsync(General), second);
    }

    [Test]
    public async Task ChannelSettingsListActive_MixedChannels_ThoseWithScheduleOrDigest()
    {
        await _stores.TeamSettings.SaveAsync(new ChannelSettings(General, WeeklySchedule.CreditDefault("UTC"), DigestOn: false, []));
        await _stores.TeamSettings.SaveAsync(new ChannelSettings(TeamsGeneral, null, DigestOn: true, ["U-amy"]));
        await _stores.TeamSettings.SaveAsync(new ChannelSettings(Random, null, DigestOn: false, ["U-amy"]));

        var active = await _stores.TeamSettings.ListActiveAsync();

        Assert.That(active.Select(s => s.Channel), Is.EquivalentTo(new[] { General, TeamsGeneral }));
    }

    private static void AssertSameSettings(ChannelSettings actual, ChannelSettings expected)
    {
        Assert.That(actual with { FacilitatorIds = expected.FacilitatorIds }, Is.EqualTo(expected));
        Assert.That(actual.FacilitatorIds, Is.EqualTo(expected.FacilitatorIds));
    }
}
