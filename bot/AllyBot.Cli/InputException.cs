namespace AllyBot.Cli;

/// <summary>The command line is fine but its input is not (a missing file, a broken rules folder).</summary>
internal sealed class InputException(string message) : Exception(message);
