namespace AllyBot.Teams.Connector;

/// <summary>A call to a serviceUrl outside <c>Teams:AllowedServiceUrls</c> was refused before any request was made.</summary>
internal sealed class ServiceUrlNotAllowedException : Exception
{
    public ServiceUrlNotAllowedException(string message) : base(message) { }

    public ServiceUrlNotAllowedException(string message, Exception innerException) : base(message, innerException) { }

    public ServiceUrlNotAllowedException() { }
}
