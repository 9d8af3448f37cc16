using AllyBot.Core.Ports;
using AllyBot.Core.Replies;
using AllyBot.Core.TeamSettings;
using AllyBot.Core.Voices;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally digest on|off</c>: the private weekly voices digest for this channel's facilitators, and with it participation counting here.</summary>
public sealed class DigestCommand(ChannelSettingsAccess access, ITeamSettingsStore store) : IAllyCommand
{
    public string Verb => "digest";

    public string Usage => "digest on|off";

    public string Summary => "(facilitators) a private weekly digest of how evenly this channel's voices are heard";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (settings, denial) = await access.ForChannelChangeAsync(context.Command.Where, context.Command.Caller.Id, cancellationToken).ConfigureAwait(false);
        var channel = ChatMentions.Channel(settings.Channel.ChannelId);
        switch (arguments.Trim().ToLowerInvariant())
        {
            case "":
                return $"The digest is {(settings.DigestOn ? "on" : "off")} in {channel}. Use `/ally digest on` or `/ally digest off`.";
            case "on" when denial is null:
                await store.SaveAsync(settings with { DigestOn = true }, cancellationToken).ConfigureAwait(false);
                var who = settings.FacilitatorIds.Count == 0
                    ? "There is no facilitator yet: add one with `/ally facilitator add @person`, since only facilitators get it."
                    : $"{ChatMentions.Members(settings.FacilitatorIds)} will get it privately on Mondays at 09:30 their time.";
                return $"The digest is on in {channel}. {who} It names no one and ranks no one, and it is sent only when at least " +
                    $"{VoicesThresholds.MinEligibleMembers} members are counted, there were {VoicesThresholds.MinMessages}+ messages in two weeks, and something is worth acting on. " +
                    "Counting starts now (numbers only, never what anyone wrote); anyone can leave it with `/ally optout counting`.";
            case "off" when denial is null:
                await store.SaveAsync(settings with { DigestOn = false }, cancellationToken).ConfigureAwait(false);
                return $"The digest is off in {channel}, and participation counting here has stopped.";
            case "on" or "off":
                return denial!;
            default:
                return "Say `/ally digest on` or `/ally digest off`.";
        }
    }
}
