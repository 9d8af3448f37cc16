using AllyBot.Teams.Auth;
using Microsoft.Extensions.Logging;

namespace AllyBot.Teams;

/// <summary>The Teams edge's log lines (event ids 41xx). None contains message text, tokens or secrets.</summary>
internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "TEAMS INBOUND AUTHENTICATION IS OFF: Teams:AppId is empty, so /api/messages accepts unsigned requests. Development only; set Teams:AppId before exposing this host.")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Teams edge not configured (Teams:AppId is empty): /api/messages refuses every request outside Development.")]
    public static partial void NotConfigured(ILogger logger);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Teams edge ready for app {AppId}; outbound credential: {Credential}.")]
    public static partial void Ready(ILogger logger, string appId, TeamsCredentialKind credential);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Refused a channel request: {Verdict} ({Detail}).")]
    public static partial void TokenRejected(ILogger logger, TokenVerdict verdict, string detail);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Fetched {Count} Bot Framework signing keys.")]
    public static partial void SigningKeysFetched(ILogger logger, int count);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "Could not fetch the Bot Framework signing keys.")]
    public static partial void SigningKeysUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Debug, Message = "Ignored a {Type} activity ({Reason}).")]
    public static partial void ActivityIgnored(ILogger logger, string type, string reason);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Debug, Message = "Activity delivered again; already in the inbox.")]
    public static partial void DuplicateActivity(ILogger logger);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "AllyBot installed in Teams tenant {TenantId}.")]
    public static partial void Installed(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Information, Message = "AllyBot removed from Teams tenant {TenantId}; its conversation reference is deleted.")]
    public static partial void Uninstalled(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 4124, Level = LogLevel.Warning, Message = "The stored conversation reference of tenant {TenantId} cannot be read (data protection keys changed?); it will be replaced by the next activity.")]
    public static partial void ReferenceUnreadable(ILogger logger, string tenantId, Exception exception);

    [LoggerMessage(EventId = 4125, Level = LogLevel.Warning, Message = "An activity came with serviceUrl host {Host}, which is not in Teams:AllowedServiceUrls: the bot will not call it.")]
    public static partial void InboundServiceUrlNotAllowed(ILogger logger, string host);

    [LoggerMessage(EventId = 4130, Level = LogLevel.Warning, Message = "Bot Connector answered {Status}; retry {Attempt} in {Delay}.")]
    public static partial void ConnectorRetry(ILogger logger, int status, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 4131, Level = LogLevel.Error, Message = "Refused to call serviceUrl host {Host}: it is not in Teams:AllowedServiceUrls.")]
    public static partial void ServiceUrlRefused(ILogger logger, string host);

    [LoggerMessage(EventId = 4132, Level = LogLevel.Warning, Message = "Bot Connector answered {Status} {Code}: the bot is no longer in that conversation; it gets no more messages.")]
    public static partial void ConversationStopped(ILogger logger, int status, string code);

    [LoggerMessage(EventId = 4133, Level = LogLevel.Debug, Message = "Skipped a send to a conversation the bot was removed from.")]
    public static partial void SkippedStopped(ILogger logger);

    [LoggerMessage(EventId = 4134, Level = LogLevel.Information, Message = "Targeted message refused ({Status} {Code}); sending in the 1:1 chat instead.")]
    public static partial void TargetedFallback(ILogger logger, int status, string code);

    [LoggerMessage(EventId = 4135, Level = LogLevel.Warning, Message = "Cannot open a 1:1 chat ({Status} {Code}): the app is probably not installed for that user.")]
    public static partial void PersonalChatUnavailable(ILogger logger, int status, string code);

    [LoggerMessage(EventId = 4136, Level = LogLevel.Warning, Message = "No conversation reference for Teams tenant {TenantId}; the reply is dropped.")]
    public static partial void NoReference(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 4137, Level = LogLevel.Warning, Message = "Could not list the members of a Teams conversation in tenant {TenantId} ({Status} {Code}).")]
    public static partial void RosterUnavailable(ILogger logger, string tenantId, int status, string code);

    [LoggerMessage(EventId = 4138, Level = LogLevel.Debug, Message = "Message link not resolved: {Reason}.")]
    public static partial void LinkNotResolved(ILogger logger, string reason);

    [LoggerMessage(EventId = 4139, Level = LogLevel.Information, Message = "A sent nudge was not revised ({Operation}: {Status} {Code}); it is probably gone already.")]
    public static partial void NudgeNotRevised(ILogger logger, string operation, int status, string code);

    [LoggerMessage(EventId = 4140, Level = LogLevel.Information, Message = "Teams team owners unknown in tenant {TenantId} ({Reason}); only facilitators and granted admins count as admins.")]
    public static partial void OwnersUnknown(ILogger logger, string tenantId, string reason);

    [LoggerMessage(EventId = 4143, Level = LogLevel.Warning, Message = "Microsoft Graph could not list the team owners in tenant {TenantId} ({Status} {Code}); only facilitators and granted admins count as admins.")]
    public static partial void OwnersGraphError(ILogger logger, string tenantId, int status, string code);

    [LoggerMessage(EventId = 4141, Level = LogLevel.Warning, Message = "A settings card action failed ({Error}).")]
    public static partial void CardActionFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 4142, Level = LogLevel.Warning, Message = "A settings card action took longer than the invoke allows; it finishes in the background.")]
    public static partial void CardActionSlow(ILogger logger);
}
