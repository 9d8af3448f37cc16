using AllyBot.Core.Ports;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally forget-me</c>: deletes the caller's settings and nudge history.</summary>
public sealed class ForgetMeCommand(IMemberDataEraser eraser) : IAllyCommand
{
    public string Verb => "forget-me";

    public string Usage => "forget-me";

    public string Summary => "delete everything AllyBot stores about you";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        await eraser.EraseAsync(context.Member, cancellationToken).ConfigureAwait(false);
        return "Done: your settings and nudge history are deleted. AllyBot starts fresh with you.";
    }
}
