namespace AllyBot.Teams.Tokens;

/// <summary>The token endpoint refused or failed; the message holds its status and OAuth error code, never a secret.</summary>
internal sealed class TokenAcquisitionException : Exception
{
    public TokenAcquisitionException(string message) : base(message) { }

    public TokenAcquisitionException(string message, Exception innerException) : base(message, innerException) { }

    public TokenAcquisitionException() { }
}
