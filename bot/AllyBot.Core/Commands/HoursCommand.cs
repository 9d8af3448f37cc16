using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally hours 09:00-17:00 [mon-fri]</c>, or <c>/ally hours</c> to show them: AllyBot only messages you inside these hours.</summary>
public sealed class HoursCommand(IMemberCalendarStore calendars) : IAllyCommand
{
    public string Verb => "hours";

    public string Usage => "hours 09:00-17:00 [mon-fri]";

    public string Summary => "your working hours: prompts only come inside them";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await calendars.GetAsync(context.Member, cancellationToken).ConfigureAwait(false);
        if (arguments.Trim().Length == 0)
        {
            return $"Your working hours: {Describe(settings.WorkingHours ?? WorkingHours.Default)}{(settings.WorkingHours is null ? " (the default)" : "")}. Change them like `/ally hours 08:00-16:00 mon-thu`.";
        }

        if (!WorkingHoursParser.TryParse(arguments, out var hours, out var error))
        {
            return error;
        }

        await calendars.SaveAsync(context.Member, settings with { WorkingHours = hours }, cancellationToken).ConfigureAwait(false);
        return $"Done: AllyBot only messages you {Describe(hours!)}, your local time.";
    }

    private static string Describe(WorkingHours hours) =>
        $"{WeekdaysText.Describe(hours.Days)}, {WeekdaysText.Time(hours.Start)} to {WeekdaysText.Time(hours.End)}";
}
