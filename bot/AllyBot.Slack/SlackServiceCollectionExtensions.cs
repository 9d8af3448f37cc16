using AllyBot.Core.Conversations;
using AllyBot.Core.Inbox;
using AllyBot.Core.Ports;
using AllyBot.Slack.Admin;
using AllyBot.Slack.Configuration;
using AllyBot.Slack.Endpoints;
using AllyBot.Slack.Home;
using AllyBot.Slack.Inbound;
using AllyBot.Slack.OAuth;
using AllyBot.Slack.Outbound;
using AllyBot.Slack.SocketMode;
using AllyBot.Slack.Verification;
using AllyBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack;

/// <summary>Registers the Slack edge.</summary>
public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack edge when <c>Slack:SigningSecret</c> (HTTP) or <c>Slack:AppToken</c> (Socket Mode) is set,
    /// and nothing otherwise. The settings are validated at start-up. Needs from the host: <see cref="IInboxWriter"/>,
    /// <see cref="IInstallationStore"/>, <see cref="TimeProvider"/>, <c>IDataProtectionProvider</c> and logging.
    /// Registers an <see cref="IPlatformChatSender"/> and an <see cref="IPlatformDialogChatSender"/> for Slack, and an
    /// <see cref="IRosterProvider"/>, <see cref="IMessageLinkResolver"/>, <see cref="IPlatformAdminRoles"/> and <see cref="IDoNotDisturb"/> keyed by <see cref="ChatPlatform.Slack"/>
    /// (those ports are not per platform: the host routes to the keyed service of the address's platform).
    /// App Home and the rule modal also need Core's <c>SettingsViewBuilder</c>, <c>SettingsActions</c>,
    /// <c>AdminAccess</c> and <c>CustomRuleService</c>; their background work is an <see cref="IEdgeButtonHandler"/>.
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SlackOptions.Section);
        if (string.IsNullOrEmpty(section[nameof(SlackOptions.SigningSecret)]) && string.IsNullOrEmpty(section[nameof(SlackOptions.AppToken)]))
        {
            return services;
        }

        services.AddSingleton<SlackEdgeMarker>();
        services.AddOptions<SlackOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();

        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackRequestReader>();
        services.AddSingleton<SlackEventProcessor>();
        services.AddSingleton<SlackCommandProcessor>();
        services.AddSingleton<SlackInteractionProcessor>();
        services.AddSingleton<SlackResponseUrls>();
        services.AddSingleton<SlackRuleModalFlow>();
        services.AddSingleton<IEdgeButtonHandler, SlackHomeInbox>();
        services.AddSingleton<SlackOAuthStateStore>();
        services.AddSingleton<SlackInstallationProtector>();
        services.AddSingleton<SlackTokenSource>();
        services.AddSingleton<SlackMethodPacer>();
        services.AddSingleton<SlackWebApiClient>();
        services.AddSingleton<SlackChatSender>();
        services.AddSingleton<IPlatformChatSender>(sp => sp.GetRequiredService<SlackChatSender>());
        services.AddSingleton<SlackDialogChatSender>();
        services.AddSingleton<IPlatformDialogChatSender>(sp => sp.GetRequiredService<SlackDialogChatSender>());
        services.AddSingleton<SlackRosterProvider>();
        services.AddKeyedSingleton<IRosterProvider>(ChatPlatform.Slack, (sp, _) => sp.GetRequiredService<SlackRosterProvider>());
        services.AddSingleton<SlackMessageLinkResolver>();
        services.AddKeyedSingleton<IPlatformAdminRoles, SlackAdminRoles>(ChatPlatform.Slack);
        services.AddKeyedSingleton<IDoNotDisturb, SlackDoNotDisturb>(ChatPlatform.Slack);
        services.AddKeyedSingleton<IMessageLinkResolver>(ChatPlatform.Slack, (sp, _) => sp.GetRequiredService<SlackMessageLinkResolver>());

        services.AddHttpClient(SlackWebApiClient.HttpClientName, (sp, http) =>
            {
                http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUri;
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            .AddHttpMessageHandler(sp => new SlackRetryHandler(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SlackRetryHandler>>()));

        if (!string.IsNullOrEmpty(section[nameof(SlackOptions.AppToken)]))
        {
            services.AddSingleton<SlackSocketEnvelopeHandler>();
            services.AddHostedService<SlackSocketModeService>();
        }

        return services;
    }
}
