namespace AllyBot.Teams.Auth;

/// <summary>The signing keys could not be fetched and none are cached: requests cannot be verified (answered 503).</summary>
internal sealed class SigningKeysUnavailableException : Exception
{
    public SigningKeysUnavailableException(string message, Exception innerException) : base(message, innerException) { }

    public SigningKeysUnavailableException(string message) : base(message) { }

    public SigningKeysUnavailableException() { }
}
