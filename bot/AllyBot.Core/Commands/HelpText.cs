using System.Text;

namespace AllyBot.Core.Commands;

/// <summary>The text of <c>/ally help</c>.</summary>
public static class HelpText
{
    /// <summary>Lists every command with its usage and summary.</summary>
    public static string For(IEnumerable<IAllyCommand> commands)
    {
        var text = new StringBuilder("AllyBot quietly suggests more inclusive wording, only ever to you. Commands:\n")
            .Append("• `/ally help`: this list\n");
        foreach (var command in commands)
        {
            text.Append("• `/ally ").Append(command.Usage).Append("`: ").Append(command.Summary).Append('\n');
        }

        return text.Append("AllyBot never stores your messages; only the credits you write are kept, shared as you chose.").ToString();
    }
}
