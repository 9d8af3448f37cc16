using System.Globalization;
using System.Text;
using AllyBot.Core.Ports;
using AllyBot.Core.Scheduling;
using AllyBot.Core.TeamSettings;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally holidays add &lt;date&gt; [name]</c>, <c>/ally holidays remove &lt;date&gt;</c>, <c>/ally holidays</c>: the workspace's days off, when no one is prompted.</summary>
public sealed class HolidaysCommand(ChannelSettingsAccess access, IMemberCalendarStore calendars) : IAllyCommand
{
    private const string Help = "Use `/ally holidays add 2026-12-24 Christmas Eve` or `/ally holidays remove 2026-12-24`.";

    /// <summary>The longest holiday name kept.</summary>
    public const int MaxNameLength = 60;

    public string Verb => "holidays";

    public string Usage => "holidays add <YYYY-MM-DD> [name] | remove <YYYY-MM-DD>";

    public string Summary => "(facilitators) the workspace's holidays, when AllyBot prompts no one";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var workspace = context.Command.Where.WorkspaceId;
        var words = arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var action = words.Length == 0 ? "list" : words[0].ToLowerInvariant();
        if (action == "list")
        {
            return await ListAsync(workspace, cancellationToken).ConfigureAwait(false);
        }

        if (action is not ("add" or "remove") || words.Length < 2 || (action == "remove" && words.Length > 2))
        {
            return Help;
        }

        if (!DateArgumentParser.TryParse(words[1], out var date, out var error))
        {
            return error;
        }

        var (_, denial) = await access.ForWorkspaceChangeAsync(context.Command.Where, context.Command.Caller.Id, cancellationToken).ConfigureAwait(false);
        if (denial is not null)
        {
            return denial;
        }

        var day = date.ToString("yyyy-MM-dd (dddd)", CultureInfo.InvariantCulture);
        if (action == "remove")
        {
            return await calendars.RemoveHolidayAsync(workspace, date, cancellationToken).ConfigureAwait(false)
                ? $"Removed the holiday on {day}."
                : $"There is no holiday on {day}.";
        }

        var name = words.Length > 2 ? words[2] : "Holiday";
        if (name.Length > MaxNameLength)
        {
            return $"Please keep the name under {MaxNameLength} characters.";
        }

        return await calendars.AddHolidayAsync(workspace, new Holiday(date, name), cancellationToken).ConfigureAwait(false)
            ? $"Added {name} on {day}: no one in this workspace is prompted that day."
            : $"There is already a holiday on {day}.";
    }

    private async Task<string> ListAsync(string workspace, CancellationToken cancellationToken)
    {
        var holidays = await calendars.GetHolidaysAsync(workspace, cancellationToken).ConfigureAwait(false);
        if (holidays.Count == 0)
        {
            return $"No holidays yet. {Help}";
        }

        var text = new StringBuilder("Holidays in this workspace:");
        foreach (var holiday in holidays.OrderBy(h => h.Date))
        {
            text.Append("\n• ").Append(holiday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(' ').Append(holiday.Name);
        }

        return text.ToString();
    }
}
