using AllyBot.Core.Admin;
using AllyBot.Core.Commands;
using AllyBot.Core.Commands.Admin;
using AllyBot.Core.Nudging;
using AllyBot.Core.Ports;
using AllyBot.Core.SettingsViews;
using AllyBot.Host.Admin;

namespace AllyBot.Host.Startup;

/// <summary>
/// Registers workspace administration: the effective rules per workspace and channel (loaded before serving, then
/// refreshed every <c>Admin:RefreshInterval</c>), changes with audit and undo, custom rules, the admin check and the
/// settings view (<c>/ally settings</c>).
/// </summary>
internal static class AdminServices
{
    public static IServiceCollection AddAllyBotAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section)
            .Validate(o => o.RefreshInterval > TimeSpan.Zero, "Admin: RefreshInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<EffectiveRuleSetProvider>();
        services.AddSingleton<IRuleSetProvider>(sp => sp.GetRequiredService<EffectiveRuleSetProvider>());
        services.AddHostedService<WorkspaceRulesRefresher>();
        services.AddSingleton<WorkspaceAdmin>();
        services.AddSingleton<CustomRuleService>();
        services.AddSingleton<AdminAccess>();
        services.AddSingleton<NotHelpfulReasons>();
        services.AddSingleton<SettingsViewBuilder>();
        services.AddSingleton<SettingsActions>();
        services.AddSingleton<IAllyCommand, SettingsCommand>();

        // One IAdminSubcommand per word after "/ally admin", listed by "/ally admin help" in this order.
        services.AddSingleton<IAdminSubcommand, AdminRulesCommand>();
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminSwitchCommand>(sp, false));
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminSwitchCommand>(sp, true));
        services.AddSingleton<IAdminSubcommand, AdminSeverityFloorCommand>();
        services.AddSingleton<IAdminSubcommand, AdminSeverityCommand>();
        services.AddSingleton<IAdminSubcommand, AdminChannelCommand>();
        services.AddSingleton<IAdminSubcommand, AdminRuleCommand>();
        services.AddSingleton<IAdminSubcommand, AdminExportCommand>();
        services.AddSingleton<IAdminSubcommand, AdminImportCommand>();
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminGrantCommand>(sp, true));
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminGrantCommand>(sp, false));
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminLanguageSwitchCommand>(sp, false));
        services.AddSingleton<IAdminSubcommand>(sp => ActivatorUtilities.CreateInstance<AdminLanguageSwitchCommand>(sp, true));
        services.AddSingleton<IAdminSubcommand, AdminReportCommand>();
        services.AddSingleton<IAdminSubcommand, AdminHistoryCommand>();
        services.AddSingleton<IAdminSubcommand, AdminUndoCommand>();
        services.AddSingleton<IAllyCommand, AdminCommand>();
        return services;
    }
}
