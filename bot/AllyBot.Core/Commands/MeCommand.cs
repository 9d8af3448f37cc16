using System.Globalization;
using System.Text;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally me</c>: everything AllyBot stores about the caller.</summary>
public sealed class MeCommand(IMemberSettingsStore members, INudgeLog log) : IAllyCommand
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public string Verb => "me";

    public string Usage => "me";

    public string Summary => "everything AllyBot stores about you";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await members.GetAsync(context.Member, cancellationToken).ConfigureAwait(false);
        var nudges = await log.CountSinceAsync(context.Member, context.Now - Window, cancellationToken).ConfigureAwait(false);
        var snooze = settings.IsSnoozedAt(context.Now)
            ? string.Create(CultureInfo.InvariantCulture, $"snoozed until {settings.SnoozedUntil:yyyy-MM-dd HH:mm} UTC")
            : "not snoozed";
        return new StringBuilder("What AllyBot stores about you (under a pseudonym, never your messages):\n")
            .Append("• nudges: ").Append(settings.NudgesOff ? "off" : "on").Append(", ").Append(snooze).Append('\n')
            .Append("• scheduled prompts: ").Append(settings.PromptsOff ? "off" : "on").Append('\n')
            .Append("• counted in channel metrics: ").Append(settings.CountingOff ? "no" : "yes").Append('\n')
            .Append("• nudges in the last 30 days: ").Append(nudges).Append(" (rule and time only)\n")
            .Append("`/ally forget-me` deletes all of it.")
            .ToString();
    }
}
