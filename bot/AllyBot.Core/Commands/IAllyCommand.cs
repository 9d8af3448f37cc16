namespace AllyBot.Core.Commands;

/// <summary>One <c>/ally</c> verb.</summary>
public interface IAllyCommand
{
    /// <summary>The verb typed after <c>/ally</c>.</summary>
    string Verb { get; }

    /// <summary>The verb with its arguments, e.g. <c>snooze &lt;duration&gt;</c>.</summary>
    string Usage { get; }

    /// <summary>One line for <c>/ally help</c>.</summary>
    string Summary { get; }

    /// <summary>Runs the verb with the rest of the line and returns the private answer.</summary>
    Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default);
}
