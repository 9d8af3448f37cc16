using AllyBot.Core.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.SettingsViews;
using AllyBot.Teams.Admin;
using AllyBot.Teams.Auth;
using AllyBot.Teams.Cards;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Links;
using AllyBot.Teams.Roster;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams;

/// <summary>Registers the Teams edge.</summary>
public static class TeamsServices
{
    /// <summary>
    /// Registers the Bot Framework / Teams edge from the <c>Teams</c> section: token validation, activity handling, the
    /// Connector client, an <see cref="IPlatformChatSender"/> and <see cref="IPlatformDialogChatSender"/> for Teams (one
    /// instance), and an <see cref="IRosterProvider"/> and <see cref="IMessageLinkResolver"/> keyed by
    /// <see cref="ChatPlatform.Teams"/> for the host's routers, and <see cref="IPlatformAdminRoles"/> keyed the same way (team owners from
    /// Microsoft Graph, plus the channel's facilitators). Always safe to call: without
    /// <c>Teams:AppId</c> the endpoint accepts unsigned requests in Development only and refuses all others. The
    /// options are validated at start-up with messages naming the key to fix. Needs <see cref="IInboxWriter"/>,
    /// <see cref="IInstallationStore"/>, <see cref="TimeProvider"/>, data protection and logging from the host.
    /// </summary>
    public static IServiceCollection AddTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(TeamOwnersClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(3));

        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<BotTokenValidator>();
        services.TryAddSingleton<ActivityTranslator>();
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<StoppedConversations>();
        services.TryAddSingleton<ServiceUrlAllowList>();
        services.TryAddSingleton<ActivityProcessor>();
        services.TryAddSingleton<ActivityEndpoint>();
        services.TryAddSingleton<ClientAssertionFactory>();
        services.TryAddSingleton<IBotTokenProvider>(sp => sp.GetRequiredService<IOptions<TeamsOptions>>().Value.CredentialKind switch
        {
            TeamsCredentialKind.None => new AnonymousTokenProvider(),
            TeamsCredentialKind.ManagedIdentity => ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(sp),
            _ => ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(sp),
        });
        services.TryAddSingleton<IGraphTokenProvider>(sp => sp.GetRequiredService<IBotTokenProvider>() as IGraphTokenProvider ?? new AnonymousTokenProvider());
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<TeamsDirectory>();
        services.TryAddSingleton<TeamOwnersClient>();
        services.TryAddKeyedSingleton<IPlatformAdminRoles, TeamsAdminRoles>(ChatPlatform.Teams);

        // The Core admin services come from the host; without them the cards answer that settings are unavailable.
        services.TryAddSingleton(sp => new TeamsCards(
            sp.GetService<SettingsActions>(), sp.GetService<SettingsViewBuilder>(), sp.GetService<AdminAccess>(), sp.GetService<CustomRuleService>(),
            sp.GetRequiredService<TeamsChatSender>(), sp.GetRequiredService<IInboxWriter>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<TeamsCards>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, TeamsCardWorker>());
        services.TryAddSingleton<RecentMessageAuthors>();
        services.TryAddSingleton<TeamsRosterProvider>();
        services.TryAddSingleton<TeamsChatSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlatformChatSender, TeamsChatSender>(sp => sp.GetRequiredService<TeamsChatSender>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlatformDialogChatSender, TeamsChatSender>(sp => sp.GetRequiredService<TeamsChatSender>()));
        services.TryAddKeyedSingleton<IRosterProvider>(ChatPlatform.Teams, (sp, _) => sp.GetRequiredService<TeamsRosterProvider>());
        services.TryAddKeyedSingleton<IMessageLinkResolver, TeamsMessageLinkResolver>(ChatPlatform.Teams);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, TeamsStartupReport>());
        return services;
    }
}
