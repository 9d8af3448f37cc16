namespace AllyBot.Host.Health;

/// <summary>Adds the HttpClient factory with <see cref="OutboundHealthHandler"/> on every client the edges create.</summary>
internal static class OutboundHealthServices
{
    public static IServiceCollection AddOutboundHealth(this IServiceCollection services)
    {
        services.AddSingleton<OutboundHealth>();
        services.AddTransient<OutboundHealthHandler>();
        services.AddHttpClient();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler<OutboundHealthHandler>());
        return services;
    }
}
