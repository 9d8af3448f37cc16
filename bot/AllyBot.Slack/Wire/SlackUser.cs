namespace AllyBot.Slack.Wire;

/// <summary>The <c>user</c> object of <c>users.info</c> (the fields AllyBot uses).</summary>
internal sealed record SlackUser(
    string? Id,
    string? TeamId,
    string? Name,
    bool IsBot,
    bool Deleted,
    string? Tz,
    int? TzOffset,
    string? Locale,
    string? RealName = null,
    bool IsAppUser = false,
    SlackUserProfile? Profile = null,
    bool IsAdmin = false,
    bool IsOwner = false,
    bool IsPrimaryOwner = false)
{
    /// <summary>The name Slack shows: the profile's display name, else the real name, else the user name, else the id.</summary>
    public string ShownName => new[] { Profile?.DisplayName, Profile?.RealName, RealName, Name, Id }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? "";
}
