namespace AllyBot.Teams.Installations;

/// <summary>
/// What the edge needs to talk to a tenant later: the serviceUrl to call (and send the token to), the bot's channel
/// account, and where it was installed. Persisted as the encrypted <see cref="Core.Settings.Installation.Secret"/>.
/// </summary>
internal sealed record ConversationReference(string ServiceUrl, string BotId, string TenantId, string? ConversationId = null, string? TeamId = null, string? ChannelId = null)
{
    /// <summary>This reference, keeping the team and channel of <paramref name="previous"/> where this one has none.</summary>
    public ConversationReference MergedWith(ConversationReference? previous) =>
        previous is null ? this : this with { TeamId = TeamId ?? previous.TeamId, ChannelId = ChannelId ?? previous.ChannelId };
}
