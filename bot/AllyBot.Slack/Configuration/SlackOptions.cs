namespace AllyBot.Slack.Configuration;

/// <summary>The <c>Slack</c> configuration section (names fixed by architecture.md).</summary>
internal sealed class SlackOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Slack";

    /// <summary>The official Web API base.</summary>
    public const string DefaultApiBaseUrl = "https://slack.com/api/";

    /// <summary>Verifies HTTP requests from Slack. Required unless only Socket Mode is used.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Single-workspace mode: the bot token (<c>xoxb-</c>) used for every workspace.</summary>
    public string? BotToken { get; set; }

    /// <summary>OAuth install (multi-workspace): the app's client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>OAuth install: the app's client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Socket Mode: the app-level token (<c>xapp-</c>, scope <c>connections:write</c>).</summary>
    public string? AppToken { get; set; }

    /// <summary>The Web API base URL. <value>Default: https://slack.com/api/.</value></summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>True when HTTP requests are served (a signing secret is set).</summary>
    public bool ServesHttp => !string.IsNullOrEmpty(SigningSecret);

    /// <summary>True when workspaces install AllyBot through OAuth.</summary>
    public bool UsesOAuth => !string.IsNullOrEmpty(ClientId);

    /// <summary>True when events arrive over Socket Mode.</summary>
    public bool UsesSocketMode => !string.IsNullOrEmpty(AppToken);

    /// <summary><see cref="ApiBaseUrl"/> as a URI ending in a slash, so method names resolve under it.</summary>
    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);

    /// <summary>The OAuth authorize page that belongs to <see cref="ApiBaseUrl"/> (<c>https://slack.com/oauth/v2/authorize</c>).</summary>
    public Uri AuthorizeUri => new(ApiBaseUri, "../oauth/v2/authorize");
}
