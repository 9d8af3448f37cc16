namespace AllyBot.Teams.Wire;

/// <summary>The activity <c>type</c> values AllyBot handles; all others are acknowledged and ignored (A2014).</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
}
