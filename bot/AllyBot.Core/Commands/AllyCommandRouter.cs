using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Replies;
using AllyBot.Core.Telemetry;

namespace AllyBot.Core.Commands;

/// <summary>
/// The one grammar for <c>/ally</c> on every platform: <c>/ally &lt;verb&gt; [arguments]</c>. Every answer is private;
/// an unknown or malformed command gets a helpful usage message, never an exception.
/// </summary>
public sealed class AllyCommandRouter
{
    private readonly Dictionary<string, IAllyCommand> _commands;
    private readonly IChatSender _sender;
    private readonly MemberPseudonymizer _pseudonymizer;
    private readonly TimeProvider _clock;
    private readonly AllyBotMetrics _metrics;

    public AllyCommandRouter(IEnumerable<IAllyCommand> commands, IChatSender sender, MemberPseudonymizer pseudonymizer, TimeProvider clock, AllyBotMetrics metrics)
    {
        _metrics = metrics;
        _commands = commands.ToDictionary(c => c.Verb, StringComparer.OrdinalIgnoreCase);
        _sender = sender;
        _pseudonymizer = pseudonymizer;
        _clock = clock;
    }

    /// <summary>The commands, in the order <c>/ally help</c> lists them.</summary>
    public IEnumerable<IAllyCommand> Commands => _commands.Values;

    /// <summary>Runs the command and sends its private answer; returns the answer.</summary>
    public async Task<PrivateReply> HandleAsync(ChatCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var text = command.Text.Trim();
        var space = text.IndexOfAny([' ', '\t', '\n']);
        var verb = space < 0 ? text : text[..space];
        var arguments = space < 0 ? "" : text[(space + 1)..].Trim();

        _metrics.CommandHandled(verb.Length == 0 ? "help" : _commands.ContainsKey(verb) || verb.Equals("help", StringComparison.OrdinalIgnoreCase) ? verb.ToLowerInvariant() : "unknown");
        string answer;
        if (verb.Length == 0 || verb.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            answer = HelpText.For(Commands);
        }
        else if (_commands.TryGetValue(verb, out var handler))
        {
            var context = new CommandContext(command, _pseudonymizer.KeyFor(command.Where, command.Caller.Id), _clock.GetUtcNow());
            answer = await handler.RunAsync(context, arguments, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            answer = $"I don't know `/ally {Truncate(verb)}`.\n\n{HelpText.For(Commands)}";
        }

        var reply = new PrivateReply(command.Where, command.Caller.Id, answer);
        await _sender.SendPrivateReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        return reply;
    }

    private static string Truncate(string verb) => verb.Length <= 30 ? verb : verb[..30] + "…";
}
