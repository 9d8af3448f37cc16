using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally tz &lt;IANA zone&gt;</c>, <c>/ally tz clear</c> (back to your profile's zone), <c>/ally tz</c>: the zone your prompts follow.</summary>
public sealed class TzCommand(IMemberCalendarStore calendars) : IAllyCommand
{
    public string Verb => "tz";

    public string Usage => "tz <zone, like Europe/Berlin> | clear";

    public string Summary => "your time zone, so prompts come at your local time";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await calendars.GetAsync(context.Member, cancellationToken).ConfigureAwait(false);
        var text = arguments.Trim();
        if (text.Length == 0)
        {
            return settings.TimeZoneId is { } zone
                ? $"Your time zone is {zone}. `/ally tz clear` goes back to the one in your profile."
                : "You haven't set a time zone, so I use the one in your chat profile (or the team's). Set one like `/ally tz Europe/Berlin`.";
        }

        if (text.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            await calendars.SaveAsync(context.Member, settings with { TimeZoneId = null }, cancellationToken).ConfigureAwait(false);
            return "Cleared: I use the time zone in your chat profile (or the team's) again.";
        }

        if (!TimeZoneIds.TryResolve(text, out var zoneId, out var error))
        {
            return error;
        }

        await calendars.SaveAsync(context.Member, settings with { TimeZoneId = zoneId }, cancellationToken).ConfigureAwait(false);
        return $"Done: your time zone is {zoneId}. Prompts come at your local time, inside your working hours.";
    }
}
