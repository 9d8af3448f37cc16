using AllyBot.Teams.Wire;

namespace AllyBot.Teams.Inbound;

/// <summary>The HTTP answer to an accepted activity: a status, and for invokes the invoke result body.</summary>
internal sealed record ActivityOutcome(int StatusCode, InvokeResponseBody? Body = null)
{
    public static ActivityOutcome Ok { get; } = new(200);
}
