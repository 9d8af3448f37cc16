namespace AllyBot.Host.Health;

/// <summary>Records each outbound response's status per host in <see cref="OutboundHealth"/>; never the body.</summary>
internal sealed class OutboundHealthHandler(OutboundHealth health) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.Host ?? "unknown";
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            health.Record(host, (int)response.StatusCode);
            return response;
        }
        catch (HttpRequestException)
        {
            health.Record(host, null);
            throw;
        }
    }
}
