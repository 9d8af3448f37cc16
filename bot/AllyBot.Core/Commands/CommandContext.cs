using AllyBot.Core.Conversations;
using AllyBot.Core.Settings;

namespace AllyBot.Core.Commands;

/// <summary>What every command needs to know about the call.</summary>
/// <param name="Command">The command as typed.</param>
/// <param name="Member">The caller's pseudonymous key.</param>
/// <param name="Now">The current time.</param>
public sealed record CommandContext(ChatCommand Command, MemberKey Member, DateTimeOffset Now);
