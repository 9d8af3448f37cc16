using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Connector;

/// <summary>
/// The serviceUrls the bot may call, and so send its Connector token to (architecture.md <c>Teams:AllowedServiceUrls</c>).
/// A URL is allowed when scheme, host and port equal an entry's and its path starts with the entry's path. Stops a
/// forged or unexpected serviceUrl from turning the bot into an SSRF proxy or leaking its token. Registered
/// <see cref="IServiceUrlAllowance"/>s may allow more (the playground's own loopback Connector).
/// </summary>
internal sealed class ServiceUrlAllowList
{
    private readonly Uri[] _prefixes;
    private readonly IServiceUrlAllowance[] _allowances;

    public ServiceUrlAllowList(IOptions<TeamsOptions> options, IEnumerable<IServiceUrlAllowance>? allowances = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _prefixes = [.. options.Value.EffectiveAllowedServiceUrls.Select(u => new Uri(u, UriKind.Absolute))];
        _allowances = [.. allowances ?? []];
    }

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        foreach (var prefix in _prefixes)
        {
            if (string.Equals(uri.Scheme, prefix.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(uri.IdnHost, prefix.IdnHost, StringComparison.OrdinalIgnoreCase)
                && uri.Port == prefix.Port
                && uri.AbsolutePath.StartsWith(prefix.AbsolutePath, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return _allowances.Any(a => a.Allows(uri));
    }
}
