using AllyBot.Slack.Configuration;
using AllyBot.Slack.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllyBot.Slack.Endpoints;

/// <summary>
/// Reads a Slack request's raw body (bounded) and verifies its signature before anything parses it. Answers Slack's
/// unsigned <c>ssl_check</c> probes, which carry no event.
/// </summary>
internal sealed class SlackRequestReader(IOptions<SlackOptions> options, SlackSignatureVerifier verifier, ILogger<SlackRequestReader> logger)
{
    /// <summary>The largest body accepted (Slack's payloads are a few kilobytes).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<SlackRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query["ssl_check"] == "1")
        {
            return SlackRequest.SslCheck;
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            logger.RequestTooLarge(request.Path);
            return SlackRequest.Rejected(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBoundedAsync(request.Body, request.ContentLength, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            logger.RequestTooLarge(request.Path);
            return SlackRequest.Rejected(StatusCodes.Status413PayloadTooLarge);
        }

        if (SlackForm.IsSslCheck(body))
        {
            return SlackRequest.SslCheck;
        }

        var verdict = verifier.Verify(
            options.Value.SigningSecret!,
            request.Headers[SlackSignature.TimestampHeader].ToString(),
            request.Headers[SlackSignature.SignatureHeader].ToString(),
            body);
        if (verdict != SlackVerificationResult.Valid)
        {
            logger.RequestRejected(request.Path, verdict);
            return SlackRequest.Rejected(StatusCodes.Status401Unauthorized);
        }

        return SlackRequest.Verified(body);
    }

    /// <summary>
    /// Reads the whole body, or returns null once it exceeds <see cref="MaxBodyBytes"/>. With a Content-Length (Slack
    /// always sends one) the body lands in one array of that size, with no copying.
    /// </summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long? contentLength, CancellationToken cancellationToken = default)
    {
        if (contentLength is { } length)
        {
            var exact = new byte[length];
            await body.ReadExactlyAsync(exact, cancellationToken).ConfigureAwait(false);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
