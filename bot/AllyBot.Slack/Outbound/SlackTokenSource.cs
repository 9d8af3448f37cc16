using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Slack.Configuration;
using AllyBot.Slack.OAuth;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Outbound;

/// <summary>The bot token for a workspace: <c>Slack:BotToken</c> in single-workspace mode, else the OAuth install's.</summary>
internal sealed class SlackTokenSource(IOptions<SlackOptions> options, IInstallationStore installations, SlackInstallationProtector protector)
{
    /// <summary>The token, or null when AllyBot is not installed in <paramref name="workspaceId"/>.</summary>
    public async Task<string?> GetBotTokenAsync(string workspaceId, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(options.Value.BotToken))
        {
            return options.Value.BotToken;
        }

        var installation = await installations.GetAsync(ChatPlatform.Slack, workspaceId, cancellationToken).ConfigureAwait(false);
        return installation is null ? null : protector.Unprotect(installation.Secret).BotToken;
    }
}
