namespace AllyBot.Teams;

/// <summary>How the bot gets its outbound Bot Connector token.</summary>
internal enum TeamsCredentialKind
{
    /// <summary>No app id: no token (local emulator only).</summary>
    None,

    /// <summary><c>Teams:AppPassword</c>.</summary>
    Secret,

    /// <summary><c>Teams:CertificateThumbprint</c>.</summary>
    Certificate,

    /// <summary>A user-assigned managed identity whose client id is <c>Teams:AppId</c>.</summary>
    ManagedIdentity,
}
