using AllyBot.Teams.Auth;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams;

/// <summary>Says at start-up how the Teams edge runs, loudly when inbound authentication is off.</summary>
internal sealed class TeamsStartupReport(IOptions<TeamsOptions> options, BotTokenValidator validator, ILogger<TeamsStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (validator.AnonymousAllowed)
        {
            TeamsLog.AuthenticationOff(logger);
        }
        else if (!settings.AuthenticationEnabled)
        {
            TeamsLog.NotConfigured(logger);
        }
        else
        {
            TeamsLog.Ready(logger, settings.AppId, settings.CredentialKind);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
