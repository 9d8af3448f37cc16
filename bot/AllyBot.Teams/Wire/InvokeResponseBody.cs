namespace AllyBot.Teams.Wire;

/// <summary>The HTTP body answering an <c>adaptiveCard/action</c> invoke.</summary>
internal sealed record InvokeResponseBody(int StatusCode, string Type, string Value)
{
    public const string MessageType = "application/vnd.microsoft.activity.message";
}
