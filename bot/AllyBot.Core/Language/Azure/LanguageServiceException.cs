using System.Net;

namespace AllyBot.Core.Language.Azure;

/// <summary>Azure AI Language refused a request or answered something AllyBot cannot read. Never holds message text.</summary>
public sealed class LanguageServiceException : Exception
{
    public LanguageServiceException()
    {
    }

    public LanguageServiceException(string message)
        : base(message)
    {
    }

    public LanguageServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LanguageServiceException(HttpStatusCode status, string? errorCode)
        : base($"Azure AI Language answered {(int)status} {errorCode}".TrimEnd())
    {
        Status = status;
    }

    /// <summary>The HTTP status, when there was one.</summary>
    public HttpStatusCode? Status { get; }
}
