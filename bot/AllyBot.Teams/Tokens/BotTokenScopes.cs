namespace AllyBot.Teams.Tokens;

/// <summary>The scope every outbound Connector token is requested for.</summary>
internal static class BotTokenScopes
{
    public const string BotFramework = "https://api.botframework.com/.default";
}
