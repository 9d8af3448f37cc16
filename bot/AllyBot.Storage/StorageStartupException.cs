namespace AllyBot.Storage;

/// <summary>
/// The database cannot be used as configured (bad provider, folder not writable, file not a database...). The message
/// names what is wrong and what to change; the host prints it and stops.
/// </summary>
public sealed class StorageStartupException : Exception
{
    public StorageStartupException()
    {
    }

    public StorageStartupException(string message)
        : base(message)
    {
    }

    public StorageStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
