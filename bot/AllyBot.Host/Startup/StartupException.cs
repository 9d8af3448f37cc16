namespace AllyBot.Host.Startup;

/// <summary>A configuration problem found at start-up; its message is the one line the operator needs.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message) { }

    public StartupException(string message, Exception innerException) : base(message, innerException) { }

    public StartupException() { }
}
