using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Host.Playground.Teams;
using AllyBot.Teams.Connector;

namespace AllyBot.Host.Playground;

/// <summary>Registers the playground edge and its movable clock when the playground is on.</summary>
internal static class PlaygroundServices
{
    public static bool IsPlaygroundEnabled(this WebApplicationBuilder builder) =>
        builder.Configuration.GetSection(PlaygroundOptions.Section).Get<PlaygroundOptions>()?.Enabled ?? builder.Environment.IsDevelopment();

    public static IServiceCollection AddPlayground(this IServiceCollection services)
    {
        services.AddSingleton(new PlaygroundClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<PlaygroundClock>());
        services.AddSingleton<PlaygroundTranscript>();
        services.AddSingleton<PlaygroundChatSender>();
        services.AddScoped<PlaygroundSimulator>();
        services.AddSingleton<IPlatformChatSender>(sp => sp.GetRequiredService<PlaygroundChatSender>());
        services.AddSingleton<IPlatformDialogChatSender>(sp => sp.GetRequiredService<PlaygroundChatSender>());
        services.AddKeyedSingleton<IRosterProvider, PlaygroundRoster>(ChatPlatform.Playground);
        services.AddKeyedSingleton<IMessageLinkResolver, PlaygroundLinkResolver>(ChatPlatform.Playground);

        // Teams mode: activities to our own /api/messages, Connector calls to the in-process fake Connector.
        services.AddSingleton<PlaygroundTeamsConnector>();
        services.AddSingleton<PlaygroundConnectorAllowance>();
        services.AddSingleton<IServiceUrlAllowance>(sp => sp.GetRequiredService<PlaygroundConnectorAllowance>());
        services.AddHttpClient(PlaygroundTeamsEndpoints.HttpClientName);
        return services;
    }
}
