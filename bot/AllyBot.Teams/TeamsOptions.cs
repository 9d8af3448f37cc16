namespace AllyBot.Teams;

/// <summary>The <c>Teams</c> configuration section (architecture.md, "Config: Teams").</summary>
internal sealed class TeamsOptions
{
    public const string Section = "Teams";

    public const string DefaultGraphBaseUrl = "https://graph.microsoft.com/v1.0/";

    public const string DefaultGraphTokenEndpoint = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Where Teams and the Bot Service post from by default (commercial, GCC, GCC High, DoD).</summary>
    public static IReadOnlyList<string> DefaultAllowedServiceUrls { get; } =
    [
        "https://smba.trafficmanager.net/",
        "https://smba.infra.gcc.teams.microsoft.com/",
        "https://smba.infra.gov.teams.microsoft.us/",
        "https://smba.infra.dod.teams.microsoft.us/",
    ];

    /// <summary>The bot's Microsoft App ID. Empty turns inbound authentication off (Development only).</summary>
    public string AppId { get; set; } = "";

    /// <summary>Client secret for outbound tokens.</summary>
    public string? AppPassword { get; set; }

    /// <summary>Thumbprint of a certificate in the CurrentUser or LocalMachine "My" store, instead of a secret.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>The bot's Entra tenant (single-tenant bots); default: the multi-tenant <c>botframework.com</c>.</summary>
    public string? TenantId { get; set; }

    /// <value>Default: <see cref="DefaultOpenIdMetadataUrl"/>.</value>
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The complete client-credentials token URL.</summary>
    /// <value>Default: <c>https://login.microsoftonline.com/{TenantId or botframework.com}/oauth2/v2.0/token</c>.</value>
    public string? TokenEndpoint { get; set; }

    /// <summary>URL prefixes the bot may call (and send its token to).</summary>
    /// <value>Default: <see cref="DefaultAllowedServiceUrls"/>.</value>
    public IList<string> AllowedServiceUrls { get; } = [];

    /// <summary>Send nudges as Teams targeted messages (preview) in channels and group chats, falling back to 1:1 chats.</summary>
    public bool UseTargetedMessages { get; set; }

    /// <summary>Microsoft Graph, where team owners are read (<c>teams/{aadGroupId}/members</c>).</summary>
    /// <value>Default: <see cref="DefaultGraphBaseUrl"/>.</value>
    public string GraphBaseUrl { get; set; } = DefaultGraphBaseUrl;

    /// <summary>The client-credentials token URL for Graph tokens; <c>{tenant}</c> becomes the team's tenant id.</summary>
    /// <value>Default: <see cref="DefaultGraphTokenEndpoint"/>.</value>
    public string GraphTokenEndpoint { get; set; } = DefaultGraphTokenEndpoint;

    public bool AuthenticationEnabled => AppId.Length > 0;

    /// <summary>The bot's channel account id, <c>28:&lt;appId&gt;</c>.</summary>
    public string BotId => "28:" + AppId;

    public string EffectiveTokenEndpoint =>
        TokenEndpoint is { Length: > 0 } configured
            ? configured
            : $"https://login.microsoftonline.com/{(TenantId is { Length: > 0 } tenant ? tenant : "botframework.com")}/oauth2/v2.0/token";

    /// <summary>The Graph base URL, ending in a slash.</summary>
    public string EffectiveGraphBaseUrl => GraphBaseUrl.EndsWith('/') ? GraphBaseUrl : GraphBaseUrl + "/";

    /// <summary>The Graph token URL for <paramref name="tenantId"/>.</summary>
    public string GraphTokenEndpointFor(string tenantId) => GraphTokenEndpoint.Replace("{tenant}", Uri.EscapeDataString(tenantId), StringComparison.Ordinal);

    public IReadOnlyList<string> EffectiveAllowedServiceUrls =>
        AllowedServiceUrls.Count > 0 ? [.. AllowedServiceUrls] : DefaultAllowedServiceUrls;

    public TeamsCredentialKind CredentialKind => this switch
    {
        { AuthenticationEnabled: false } => TeamsCredentialKind.None,
        { AppPassword.Length: > 0 } => TeamsCredentialKind.Secret,
        { CertificateThumbprint.Length: > 0 } => TeamsCredentialKind.Certificate,
        _ => TeamsCredentialKind.ManagedIdentity,
    };
}
