using AllyBot.Core.Admin;
using AllyBot.Core.Commands;
using AllyBot.Core.Commands.Admin;
using AllyBot.Core.Conversations;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.SettingsViews;
using AllyBot.Rules;
using AllyBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Slack.Tests.Support;

/// <summary>
/// The Core services App Home and the rule modal use, as the host registers them, over in-memory stores: settings
/// views and actions, the admin check (granted admins, then Slack's <c>users.info</c> through the edge's own
/// <see cref="IPlatformAdminRoles"/>), custom rules, and the commands a settings button may run.
/// </summary>
internal static class SlackCoreServices
{
    public static IServiceCollection AddCoreForSlack(this IServiceCollection services, InMemoryAllyStore store)
    {
        services.AddSingleton<IMemberSettingsStore>(store);
        services.AddSingleton<IWorkspaceAdminStore>(new InMemoryWorkspaceAdminStore(store));
        services.AddSingleton<ITeamSettingsStore>(new InMemoryTeamSettingsStore());
        services.AddSingleton(new MemberPseudonymizer(new byte[32]));
        services.AddSingleton(sp => new EffectiveRuleSetProvider(RuleSet.Empty, sp.GetRequiredService<IWorkspaceAdminStore>()));
        services.AddSingleton<IAdminPolicy>(sp => new PlatformAdminPolicy(
            sp.GetRequiredService<IWorkspaceAdminStore>(), sp.GetRequiredKeyedService<IPlatformAdminRoles>(ChatPlatform.Slack), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<WorkspaceAdmin>();
        services.AddSingleton<CustomRuleService>();
        services.AddSingleton<AdminAccess>();
        services.AddSingleton<SettingsViewBuilder>();
        services.AddSingleton<SettingsActions>();
        services.AddSingleton<IAdminSubcommand, AdminSeverityFloorCommand>();
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminSwitchCommand>(sp, false));
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminSwitchCommand>(sp, true));
        services.AddSingleton<IAdminSubcommand, AdminChannelCommand>();
        services.AddSingleton<IAdminSubcommand, AdminRuleCommand>();
        services.AddSingleton<IAllyCommand, AdminCommand>();
        services.AddSingleton<IAllyCommand>(new SnoozeCommand(store));
        services.AddSingleton<IAllyCommand>(new OptOutCommand(store, optIn: false));
        services.AddSingleton<IAllyCommand>(new OptOutCommand(store, optIn: true));
        return services;
    }
}
