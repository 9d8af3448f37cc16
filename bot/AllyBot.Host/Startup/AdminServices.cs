using AllyBot.Core.Admin;
using AllyBot.Core.Ports;
using AllyBot.Host.Admin;

namespace AllyBot.Host.Startup;

/// <summary>
/// Registers workspace administration: the effective rules per workspace and channel (loaded before serving, then
/// refreshed every <c>Admin:RefreshInterval</c>), changes with audit and undo, custom rules and the admin check.
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
        return services;
    }
}
