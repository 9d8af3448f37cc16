using AllyBot.Core.Language;
using AllyBot.Core.Language.Azure;
using AllyBot.Core.Ports;
using AllyBot.Core.Telemetry;
using AllyBot.Host.Language;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Startup;

/// <summary>
/// Language handling: the local guess always; Azure AI Language only when <c>Language:Endpoint</c> is set (off by
/// default), and then only for workspaces whose admins turned it on. Without <c>Language:Key</c> the host's Entra ID
/// credential (<c>DefaultAzureCredential</c>) authenticates.
/// </summary>
internal static class LanguageServices
{
    /// <summary>The named HTTP client for Azure AI Language.</summary>
    public const string HttpClientName = "AllyBot.Language";

    public static IServiceCollection AddAllyBotLanguage(this IServiceCollection services)
    {
        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LanguageOptions>, LanguageOptionsValidator>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LanguageOptions>>().Value);
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new ClassifierRules(sp.GetRequiredService<LanguageOptions>().Classification));
        services.AddSingleton<ClassifierSecondOpinion>();
        services.AddSingleton<ITextAnalysis>(TextAnalysis);
        services.AddSingleton<ILanguageDetector, LanguageDetector>();
        services.AddSingleton<LanguageRules>();
        services.AddSingleton<PiiRedactor>();
        return services;
    }

    private static ITextAnalysis TextAnalysis(IServiceProvider services)
    {
        var options = services.GetRequiredService<LanguageOptions>();
        if (options.Endpoint is not { } endpoint)
        {
            return new NoTextAnalysis();
        }

        var clock = services.GetRequiredService<TimeProvider>();
        ILanguageServiceCredential credential = options.KeyOrNull is { } key
            ? new SubscriptionKeyCredential(key)
            : new EntraIdLanguageCredential(new DefaultAzureCredential(), clock);
        return new AzureLanguageClient(
            services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), endpoint, credential, clock, services.GetRequiredService<AllyBotMetrics>());
    }
}
