namespace AllyBot.Teams.Admin;

/// <summary>Microsoft Graph answered with an error (its status and Graph error code; never a body with content).</summary>
internal sealed class GraphException(int status, string code) : Exception($"Graph answered {status} ({code}).")
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
