using System.Globalization;
using AllyBot.Core.Ports;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally snooze &lt;duration&gt;|off</c>: pause nudges for a while.</summary>
public sealed class SnoozeCommand(IMemberSettingsStore members) : IAllyCommand
{
    public string Verb => "snooze";

    public string Usage => "snooze <30m|2h|1d|2w|off>";

    public string Summary => "pause nudges for a while (or end the pause)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await members.GetAsync(context.Member, cancellationToken).ConfigureAwait(false);
        if (arguments.Equals("off", StringComparison.OrdinalIgnoreCase))
        {
            await members.SaveAsync(context.Member, settings with { SnoozedUntil = null }, cancellationToken).ConfigureAwait(false);
            return "Snooze ended: nudges are back on.";
        }

        if (!DurationParser.TryParse(arguments, out var duration, out var error))
        {
            return arguments.Length == 0 ? "How long for? For example `/ally snooze 2h` or `/ally snooze 1d`." : error;
        }

        var until = context.Now + duration;
        await members.SaveAsync(context.Member, settings with { SnoozedUntil = until }, cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"Nudges snoozed until {until:yyyy-MM-dd HH:mm} UTC. `/ally snooze off` ends it early.");
    }
}
