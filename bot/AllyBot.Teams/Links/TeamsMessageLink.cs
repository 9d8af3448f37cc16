using System.Web;

namespace AllyBot.Teams.Links;

/// <summary>The parts of a Teams message link: conversation (<c>19:…</c>), message id, and the query's tenant and thread root.</summary>
internal sealed record TeamsMessageLink(string ConversationId, string MessageId, string? TenantId, string? ParentMessageId)
{
    private const string PathStart = "/l/message/";

    public static bool TryParse(string? link, out TeamsMessageLink parsed)
    {
        parsed = new TeamsMessageLink("", "", null, null);
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim().Trim('<', '>'), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps || !TeamsMessageLinkResolver.IsTeamsHost(uri.IdnHost)
            || !uri.AbsolutePath.StartsWith(PathStart, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var segments = uri.AbsolutePath[PathStart.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 2)
        {
            return false;
        }

        var conversation = Uri.UnescapeDataString(segments[0]);
        var message = Uri.UnescapeDataString(segments[1]);
        if (!conversation.StartsWith("19:", StringComparison.Ordinal) || conversation.Any(char.IsWhiteSpace) || !IsMessageId(message))
        {
            return false;
        }

        var query = HttpUtility.ParseQueryString(uri.Query);
        var tenant = NonEmpty(query["tenantId"]);
        var parent = NonEmpty(query["parentMessageId"]);
        if ((tenant is not null && !Guid.TryParse(tenant, out _)) || (parent is not null && !IsMessageId(parent)))
        {
            return false;
        }

        parsed = new TeamsMessageLink(conversation, message, tenant, parent == message ? null : parent);
        return true;
    }

    private static bool IsMessageId(string value) => value.Length is > 0 and <= 32 && value.All(char.IsAsciiDigit);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
