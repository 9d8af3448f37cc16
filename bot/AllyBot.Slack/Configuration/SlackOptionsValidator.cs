using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Configuration;

/// <summary>Checks the Slack settings at start-up and says exactly which key to fix.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();

        if (!options.ServesHttp && !options.UsesSocketMode)
        {
            problems.Add("Slack:SigningSecret is required (or Slack:AppToken for Socket Mode).");
        }

        if (string.IsNullOrEmpty(options.BotToken) && !options.UsesOAuth)
        {
            problems.Add("Slack needs a token to answer: set Slack:BotToken (one workspace) or Slack:ClientId and Slack:ClientSecret (OAuth install).");
        }

        if (options.UsesOAuth != !string.IsNullOrEmpty(options.ClientSecret))
        {
            problems.Add("Slack:ClientId and Slack:ClientSecret go together: set both or neither.");
        }

        if (!string.IsNullOrEmpty(options.BotToken) && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            problems.Add("Slack:BotToken must be a bot token (it starts with xoxb-).");
        }

        if (options.UsesSocketMode && !options.AppToken!.StartsWith("xapp-", StringComparison.Ordinal))
        {
            problems.Add("Slack:AppToken must be an app-level token (it starts with xapp-).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL (default {SlackOptions.DefaultApiBaseUrl}).");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
