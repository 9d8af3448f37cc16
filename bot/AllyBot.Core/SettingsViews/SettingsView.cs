using AllyBot.Core.Conversations;

namespace AllyBot.Core.SettingsViews;

/// <summary>
/// A member's settings as one platform-neutral view (Slack App Home, Teams card, <c>/ally settings</c>): their own
/// part, and the admin part only when they are a workspace admin.
/// </summary>
/// <param name="Where">The channel the view is about (channel switches apply to it).</param>
/// <param name="UserId">Whose view it is.</param>
/// <param name="Member">The member's own settings.</param>
/// <param name="Admin">The workspace settings, or null for non-admins.</param>
/// <param name="Notice">What the last action did (its answer), or null.</param>
public sealed record SettingsView(ChatAddress Where, string UserId, MemberSettingsPart Member, AdminSettingsPart? Admin, string? Notice = null);
