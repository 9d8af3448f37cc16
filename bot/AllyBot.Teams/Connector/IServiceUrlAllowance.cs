namespace AllyBot.Teams.Connector;

/// <summary>
/// Allows serviceUrls beyond <c>Teams:AllowedServiceUrls</c> when the host knows better at run time; the playground
/// uses it to let the Teams edge call its own in-process fake Connector on loopback (Development, auth off, only).
/// </summary>
public interface IServiceUrlAllowance
{
    /// <summary>Whether AllyBot may call (and send its Connector token to) <paramref name="serviceUrl"/>.</summary>
    bool Allows(Uri serviceUrl);
}
