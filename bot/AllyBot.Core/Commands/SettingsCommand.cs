using AllyBot.Core.SettingsViews;

namespace AllyBot.Core.Commands;

/// <summary><c>/ally settings</c>: your settings, and the workspace's if you are an admin, with the commands that change them.</summary>
public sealed class SettingsCommand(SettingsViewBuilder views) : IAllyCommand
{
    public string Verb => "settings";

    public string Usage => "settings";

    public string Summary => "your settings (and the workspace's, for admins) with the commands that change them";

    public async Task<string> RunAsync(CommandContext context, string arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (arguments.Length > 0)
        {
            return "`/ally settings` takes nothing after it.";
        }

        var view = await views.BuildAsync(context.Command.Where, context.Command.Caller.Id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return SettingsViewText.Render(view);
    }
}
