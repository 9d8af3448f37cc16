using AllyBot.Host.Inbox;

namespace AllyBot.Host.Dialogs;

/// <summary>Asks for a scheduler tick now (the playground's clock moved), instead of at the next interval.</summary>
internal sealed class DialogTickSignal
{
    internal InboxSignal Inner { get; } = new();

    public void Notify() => Inner.Notify();
}
