using System.Globalization;
using System.Text.Json.Nodes;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules.Model;

namespace AllyBot.Teams.Cards;

/// <summary>
/// Core's <see cref="SettingsView"/> as an Adaptive Card: the last action's notice, the member's own settings with
/// their buttons, and, only when the view has an admin part, the workspace settings with theirs plus "Add a custom
/// rule". Every button is an <c>Action.Execute</c> (<see cref="CardVerbs.Settings"/>) carrying the command it runs and
/// the channel the view is about; the server runs it through <see cref="SettingsActions"/>, which re-checks admins.
/// </summary>
internal static class SettingsCard
{
    public const string Title = "AllyBot settings";

    public const string AdminTitle = "Workspace settings (admins)";

    public static JsonObject Build(SettingsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var channel = view.Where.ChannelId;
        var body = new JsonArray { AdaptiveCards.Text(Title, weight: "Bolder", size: "Medium") };
        if (view.Notice is { Length: > 0 } notice)
        {
            body.Add(AdaptiveCards.Text(notice, color: "Accent"));
        }

        var member = view.Member;
        body.Add(AdaptiveCards.Text("Your settings", weight: "Bolder"));
        body.Add(AdaptiveCards.Facts(
            ("Snooze", member.SnoozedUntil is { } until ? string.Create(CultureInfo.InvariantCulture, $"until {until:yyyy-MM-dd HH:mm} UTC") : "off"),
            ("Nudges", OnOff(!member.NudgesOff)),
            ("Prompts", OnOff(!member.PromptsOff)),
            ("Counting", OnOff(!member.CountingOff))));
        body.Add(AdaptiveCards.ActionSet(member.Buttons.Select(b => Button(b, channel))));
        if (view.Admin is { } admin)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["separator"] = true,
                ["spacing"] = "Medium",
                ["items"] = new JsonArray
                {
                    AdaptiveCards.Text(AdminTitle, weight: "Bolder"),
                    AdaptiveCards.Facts(
                        ("Severity floor", admin.SeverityFloor.ToName()),
                        ("Turned off", admin.Disabled.Count == 0 ? "nothing" : string.Join(", ", admin.Disabled)),
                        ("Off in this channel", admin.DisabledInChannel.Count == 0 ? "nothing" : string.Join(", ", admin.DisabledInChannel)),
                        ("AllyBot in this channel", OnOff(!admin.ThisChannelOff)),
                        ("Silent channels", admin.ChannelsOff.Count.ToString(CultureInfo.InvariantCulture)),
                        ("Custom rules", admin.CustomRuleCount.ToString(CultureInfo.InvariantCulture))),
                    AdaptiveCards.ActionSet(admin.Buttons.Select(b => Button(b, channel))
                        .Append(AdaptiveCards.Execute("Add a custom rule", CardVerbs.RuleForm, new JsonObject { [CardVerbs.ChannelKey] = channel }))),
                },
            });
        }

        return AdaptiveCards.Card(body);
    }

    private static JsonObject Button(SettingsButton button, string channel) =>
        AdaptiveCards.Execute(button.Label, CardVerbs.Settings, new JsonObject { [CardVerbs.CommandKey] = button.Command, [CardVerbs.ChannelKey] = channel });

    private static string OnOff(bool on) => on ? "on" : "off";
}
