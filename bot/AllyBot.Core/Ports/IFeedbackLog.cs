namespace AllyBot.Core.Ports;

/// <summary>"Not helpful here" presses: rule, channel and time only; no text, no person. Feeds the admin report.</summary>
public interface IFeedbackLog
{
    /// <summary>Records one "not helpful" for <paramref name="ruleId"/>.</summary>
    Task RecordNotHelpfulAsync(string workspaceId, string channelId, string ruleId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
