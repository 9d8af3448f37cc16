using AllyBot.Core.Language;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Startup;

/// <summary>Refuses to start with a bad <c>Language</c> section, naming every problem.</summary>
internal sealed class LanguageOptionsValidator : IValidateOptions<LanguageOptions>
{
    public ValidateOptionsResult Validate(string? name, LanguageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
