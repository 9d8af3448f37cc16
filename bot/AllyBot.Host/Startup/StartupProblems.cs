using AllyBot.Storage;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Startup;

/// <summary>Which start-up failures are configuration mistakes, reported as one line rather than a stack trace.</summary>
internal static class StartupProblems
{
    public static bool IsConfigurationProblem(Exception e) =>
        e is StartupException or StorageStartupException or OptionsValidationException;
}
