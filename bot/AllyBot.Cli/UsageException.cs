namespace AllyBot.Cli;

/// <summary>The command line itself is wrong; the usage text follows the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
