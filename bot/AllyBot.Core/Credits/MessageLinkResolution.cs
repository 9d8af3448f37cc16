namespace AllyBot.Core.Credits;

/// <summary>What <see cref="Ports.IMessageLinkResolver"/> found: a <see cref="LinkedMessage"/> or a <see cref="MessageLinkFailure"/>, never both.</summary>
/// <param name="Message">The message, when resolved.</param>
/// <param name="Failure">Why not, when not.</param>
public sealed record MessageLinkResolution(LinkedMessage? Message, MessageLinkFailure? Failure)
{
    /// <summary>Resolved to <paramref name="message"/>.</summary>
    public static MessageLinkResolution Found(LinkedMessage message) => new(message ?? throw new ArgumentNullException(nameof(message)), null);

    /// <summary>Not resolved, because of <paramref name="failure"/>.</summary>
    public static MessageLinkResolution Failed(MessageLinkFailure failure) => new(null, failure);
}
