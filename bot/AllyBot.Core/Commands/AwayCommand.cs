using System.Globalization;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally away &lt;from&gt; [to]</c> (dates, both days included), <c>/ally away clear</c>, <c>/ally away</c>: days you get no prompts.</summary>
public sealed class AwayCommand(IMemberCalendarStore calendars) : IAllyCommand
{
    /// <summary>The longest away period accepted. <value>366 days.</value></summary>
    public const int MaxDays = 366;

    private const string Help = "Use `/ally away 2026-12-21 2027-01-01` (first and last day away), or `/ally away clear`.";

    public string Verb => "away";

    public string Usage => "away <YYYY-MM-DD> [YYYY-MM-DD] | clear";

    public string Summary => "days you are away: no prompts then";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = await calendars.GetAsync(context.Member, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(context.Now.UtcDateTime);
        var current = settings.AwayPeriods.Where(a => a.To >= today).ToList();
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return current.Count == 0 ? $"You have no away days coming up. {Help}" : $"You're away {string.Join(", ", current.Select(Describe))}.";
        }

        if (words.Length == 1 && words[0].Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            await calendars.SaveAsync(context.Member, settings with { AwayPeriods = [] }, cancellationToken).ConfigureAwait(false);
            return "Cleared: you have no away days.";
        }

        if (words.Length > 2)
        {
            return Help;
        }

        if (!DateArgumentParser.TryParse(words[0], out var from, out var error) || !DateArgumentParser.TryParse(words.Length > 1 ? words[1] : words[0], out var to, out error))
        {
            return error;
        }

        var problem = to < from ? $"The first day ({Day(from)}) is after the last ({Day(to)}). Give the first day away, then the last."
            : to < today ? $"That period ended on {Day(to)}, before today."
            : to.DayNumber - from.DayNumber >= MaxDays ? $"That's longer than {MaxDays} days. For a longer break use `/ally optout prompts`."
            : null;
        if (problem is not null)
        {
            return problem;
        }

        var period = new AwayPeriod(from, to);
        await calendars.SaveAsync(context.Member, settings with { AwayPeriods = [.. current, period] }, cancellationToken).ConfigureAwait(false);
        return $"Noted: you're away {Describe(period)}. No prompts then, and those days don't count against you anywhere.";
    }

    private static string Describe(AwayPeriod period) => period.From == period.To ? $"on {Day(period.From)}" : $"from {Day(period.From)} to {Day(period.To)}";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
