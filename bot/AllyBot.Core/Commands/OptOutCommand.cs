using AllyBot.Core.Ports;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally optout nudges|prompts|counting</c> and <c>/ally optin ...|all</c>.</summary>
public sealed class OptOutCommand(IMemberSettingsStore members, bool optIn) : IAllyCommand
{
    private static readonly string[] Kinds = ["nudges", "prompts", "counting"];

    public string Verb => optIn ? "optin" : "optout";

    public string Usage => optIn ? "optin nudges|prompts|counting|all" : "optout nudges|prompts|counting";

    public string Summary => optIn ? "turn something back on" : "stop nudges, scheduled prompts, or being counted in channel metrics";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var kind = arguments.ToLowerInvariant();
        var valid = Kinds.Contains(kind) || (optIn && kind == "all");
        if (!valid)
        {
            return $"Say which: `/ally {Usage}`.";
        }

        var settings = await members.GetAsync(context.Member, cancellationToken).ConfigureAwait(false);
        var off = !optIn;
        var updated = kind switch
        {
            "nudges" => settings with { NudgesOff = off },
            "prompts" => settings with { PromptsOff = off },
            "counting" => settings with { CountingOff = off },
            _ => MemberSettings.Default with { SnoozedUntil = settings.SnoozedUntil },
        };
        await members.SaveAsync(context.Member, updated, cancellationToken).ConfigureAwait(false);
        return (optIn, kind) switch
        {
            (true, "all") => "Everything is back on: nudges, prompts and counting.",
            (true, _) => $"Done: {kind} are back on for you.",
            (false, "counting") => "Done: you are left out of channel participation counts from now on.",
            _ => $"Done: no more {kind} for you. `/ally optin {kind}` turns them back on.",
        };
    }
}
