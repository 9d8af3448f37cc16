using System.Net.Http.Headers;
using System.Text.Json;
using AllyBot.Teams.Tokens;
using AllyBot.Teams.Wire;
using Microsoft.Extensions.Options;

namespace AllyBot.Teams.Admin;

/// <summary>
/// Reads a team's owners from Microsoft Graph: <c>GET {Teams:GraphBaseUrl}teams/{aadGroupId}/members</c> (pages of
/// at most 999 conversationMembers, followed through <c>@odata.nextLink</c> on the same host), app-only token for the
/// team's tenant, allowed by the RSC permission <c>TeamMember.Read.Group</c> that the manifest declares.
/// </summary>
internal sealed class TeamOwnersClient(IHttpClientFactory httpClients, IGraphTokenProvider tokens, IOptions<TeamsOptions> options)
{
    public const string HttpClientName = "AllyBot.Teams.Graph";

    public const int MaxPages = 50;

    /// <summary>The Entra object ids of the team's owners. Throws <see cref="GraphException"/> or <see cref="HttpRequestException"/> when Graph cannot tell.</summary>
    public async Task<IReadOnlySet<string>> OwnerIdsAsync(string tenantId, string aadGroupId, CancellationToken cancellationToken = default)
    {
        if (!Guid.TryParse(aadGroupId, out _))
        {
            throw new GraphException(0, "invalid_group_id");
        }

        var token = await tokens.GetGraphTokenAsync(tenantId, cancellationToken).ConfigureAwait(false) ?? throw new GraphException(0, "no_credentials");
        var baseUri = new Uri(options.Value.EffectiveGraphBaseUrl);
        var next = new Uri(baseUri, $"teams/{aadGroupId}/members?$top=999");
        var owners = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var client = httpClients.CreateClient(HttpClientName);
        for (var page = 0; page < MaxPages && next is not null; page++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new GraphException((int)response.StatusCode, ErrorCode(body));
            }

            GraphMembersPage? members;
            try
            {
                members = JsonSerializer.Deserialize(body, TeamsJson.Default.GraphMembersPage);
            }
            catch (JsonException)
            {
                throw new GraphException((int)response.StatusCode, "unreadable_answer");
            }

            foreach (var member in members?.Value ?? [])
            {
                if (member.UserId is { Length: > 0 } id && member.Roles?.Contains("owner", StringComparer.OrdinalIgnoreCase) == true)
                {
                    owners.Add(id);
                }
            }

            next = members?.NextLink is { Length: > 0 } link && Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Authority == baseUri.Authority && uri.Scheme == baseUri.Scheme
                ? uri
                : null;
        }

        return owners;
    }

    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString() ?? "no_code"
                : "no_code";
        }
        catch (JsonException)
        {
            return "no_code";
        }
    }
}
