using AllyBot.Core.Ports;
using AllyBot.Teams.Auth;
using AllyBot.Teams.Connector;
using AllyBot.Teams.Inbound;
using AllyBot.Teams.Installations;
using AllyBot.Teams.Sending;
using AllyBot.Teams.Tokens;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams;

/// <summary>Registers the Teams edge.</summary>
public static class TeamsServices
{
    /// <summary>
    /// Registers the Bot Framework / Teams edge from the <c>Teams</c> section: token validation, activity handling, the
    /// Connector client and an <see cref="IPlatformChatSender"/> for Teams. Always safe to call: without
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
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<TeamsChatSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlatformChatSender, TeamsChatSender>(sp => sp.GetRequiredService<TeamsChatSender>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, TeamsStartupReport>());
        return services;
    }
}
