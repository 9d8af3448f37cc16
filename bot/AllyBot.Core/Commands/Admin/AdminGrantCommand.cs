using AllyBot.Core.Admin;
using AllyBot.Core.Replies;

namespace AllyBot.Core.Commands.Admin;

/// <summary><c>/ally admin grant|revoke @person</c>: AllyBot admin rights beyond the platform's own admins. One class for both words.</summary>
public sealed class AdminGrantCommand(WorkspaceAdmin admin, bool grant) : IAdminSubcommand
{
    /// <summary>The most members one workspace may grant.</summary>
    public const int MaxGranted = 100;

    public string Name => grant ? "grant" : "revoke";

    public string Usage => $"{Name} @person";

    public string Summary => grant ? "lets someone use `/ally admin`" : "takes granted admin rights away (platform admins keep theirs)";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var words = arguments.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 1)
        {
            return $"Use `/ally admin {Usage}`.";
        }

        if (!ChatMentions.TryParseMember(words[0], out var userId))
        {
            return $"I couldn't tell who '{words[0]}' is. Choose them from the @-mention list so it becomes a mention.";
        }

        var person = ChatMentions.Member(userId);
        var (changed, text) = await admin.ChangeAsync(
                context.Command.Where.WorkspaceId,
                context.Command.Caller.Id,
                current =>
                {
                    var has = current.AdminIds.Contains(userId, StringComparer.Ordinal);
                    if (grant)
                    {
                        return has ? AdminEdit.Refuse($"{person} can use `/ally admin` already.")
                            : current.AdminIds.Count >= MaxGranted ? AdminEdit.Refuse($"This workspace has granted {MaxGranted} admins, the most it may; revoke one first.")
                            : AdminEdit.Change(current with { AdminIds = [.. current.AdminIds, userId] }, $"granted admin rights to {person}");
                    }

                    return has
                        ? AdminEdit.Change(current with { AdminIds = [.. current.AdminIds.Where(id => id != userId)] }, $"revoked {person}'s admin rights")
                        : AdminEdit.Refuse($"{person} was not granted admin rights here (platform admins keep theirs through their role).");
                },
                cancellationToken)
            .ConfigureAwait(false);
        return changed ? AdminAnswers.Done(text) : text;
    }
}
