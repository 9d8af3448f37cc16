using System.Net;
using AllyBot.Teams.Connector;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace AllyBot.Host.Playground.Teams;

/// <summary>
/// Lets the Teams edge call the playground's fake Connector: only on loopback, only on a port this host listens on,
/// only under <see cref="PlaygroundTeamsIds.ConnectorPath"/>. Registered only with the playground, in Development
/// and with Teams auth off, so a real bot never sends its token here.
/// </summary>
internal sealed class PlaygroundConnectorAllowance(IServer server, IHostEnvironment environment, IConfiguration configuration) : IServiceUrlAllowance
{
    /// <summary>Teams auth is off (no <c>Teams:AppId</c>) in Development: the only mode the playground drives Teams in.</summary>
    public bool DevelopmentMode => environment.IsDevelopment() && string.IsNullOrWhiteSpace(configuration["Teams:AppId"]);

    public bool Allows(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return DevelopmentMode
               && serviceUrl.Scheme == Uri.UriSchemeHttp
               && IsLoopback(serviceUrl.Host)
               && serviceUrl.AbsolutePath.StartsWith(PlaygroundTeamsIds.ConnectorPath, StringComparison.Ordinal)
               && ListeningPorts().Contains(serviceUrl.Port);
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private IEnumerable<int> ListeningPorts() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
        .Select(a => Uri.TryCreate(a.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri.Port : -1);
}
