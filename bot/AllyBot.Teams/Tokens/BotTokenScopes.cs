namespace AllyBot.Teams.Tokens;

/// <summary>The scope every outbound Connector token is requested for.</summary>
internal static class BotTokenScopes
{
    public const string BotFramework = "https://api.botframework.com/.default";

    /// <summary>App-only Microsoft Graph (the app's RSC grants apply to it).</summary>
    public const string Graph = "https://graph.microsoft.com/.default";
}
