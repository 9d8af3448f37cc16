using AllyBot.Core.Language;
using AllyBot.Core.Ports;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Startup;

/// <summary>
/// Language handling: the local guess always; Azure AI Language only when <c>Language:Endpoint</c> is set (off by
/// default), and then only for workspaces whose admins turned it on.
/// </summary>
internal static class LanguageServices
{
    public static IServiceCollection AddAllyBotLanguage(this IServiceCollection services)
    {
        services.AddOptions<LanguageOptions>().BindConfiguration(LanguageOptions.Section)
            .Validate(o => o.Problems().Count == 0, "Language: Endpoint must be an absolute https URL, TimeoutMs 10-10000, PiiTimeoutMs 10-60000, DefaultLanguage a code like 'en'.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LanguageOptions>>().Value);
        services.AddSingleton<ITextAnalysis, NoTextAnalysis>();
        services.AddSingleton<ILanguageDetector, LanguageDetector>();
        services.AddSingleton<LanguageRules>();
        return services;
    }
}
