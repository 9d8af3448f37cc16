using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams;

/// <summary>Refuses to start on a Teams configuration that would be unsafe or cannot work, saying which key to fix.</summary>
internal sealed class TeamsOptionsValidator(IHostEnvironment environment) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var development = environment.IsDevelopment();
        var errors = new List<string>();
        if (options.AppId.Length > 0 && !Guid.TryParse(options.AppId, out _))
        {
            errors.Add($"Teams:AppId must be the bot's Microsoft App ID (a GUID); '{options.AppId}' is not one.");
        }

        if (options.AppPassword is { Length: > 0 } && options.CertificateThumbprint is { Length: > 0 })
        {
            errors.Add("Set only one of Teams:AppPassword and Teams:CertificateThumbprint (neither means managed identity).");
        }

        CheckUrl(errors, "Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl, development);
        CheckUrl(errors, "Teams:TokenEndpoint", options.EffectiveTokenEndpoint, development);
        CheckUrl(errors, "Teams:GraphBaseUrl", options.GraphBaseUrl, development);
        CheckUrl(errors, "Teams:GraphTokenEndpoint", options.GraphTokenEndpointFor("tenant"), development);
        for (var i = 0; i < options.AllowedServiceUrls.Count; i++)
        {
            CheckUrl(errors, $"Teams:AllowedServiceUrls:{i}", options.AllowedServiceUrls[i], development);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckUrl(List<string> errors, string key, string value, bool development)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{key} must be an absolute https:// URL; '{value}' is not.");
        }
        else if (uri.Scheme == Uri.UriSchemeHttp && !development)
        {
            errors.Add($"{key} must use https:// ('{value}'); http:// is accepted only when the environment is Development.");
        }
    }
}
