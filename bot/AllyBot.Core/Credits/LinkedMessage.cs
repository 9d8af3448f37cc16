using AllyBot.Core.Conversations;

namespace AllyBot.Core.Credits;

/// <summary>A message a link points to, as the edge resolved it. Its text is not needed and not carried.</summary>
/// <param name="Channel">Its channel; <see cref="ChatAddress.ThreadId"/> is the thread it is in (its own id when it is a thread root or stands alone).</param>
/// <param name="MessageId">The message's platform id.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Link">The link as given (for the post and the credit).</param>
public sealed record LinkedMessage(ChatAddress Channel, string MessageId, ChatUser Author, string Link);
