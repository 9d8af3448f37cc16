using AllyBot.Core.Admin;
using AllyBot.Core.Commands;
using AllyBot.Core.Credits;
using AllyBot.Core.Dialogs;
using AllyBot.Core.Participation;
using AllyBot.Core.Ports;
using AllyBot.Core.TeamSettings;
using AllyBot.Host.Admin;
using AllyBot.Host.Dialogs;
using AllyBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Startup;

/// <summary>Registers scheduled dialogs, credits, amplification, participation counting and the digest.</summary>
internal static class DialogServices
{
    public static IServiceCollection AddAllyBotDialogs(this IServiceCollection services)
    {
        services.AddOptions<DialogSchedulerOptions>().BindConfiguration(DialogSchedulerOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<DialogSchedulerOptions>>().Value);

        services.TryAddSingleton<IAdminPolicy, PlatformAdminPolicy>();
        services.AddSingleton<IPlatformAdminRoles, PlatformAdminRolesRouter>();
        services.AddSingleton<MemberCalendars>();
        services.AddSingleton<CreditRecorder>();
        services.AddSingleton<ChannelSettingsAccess>();
        services.AddSingleton<CreditPromptStarter>();
        services.AddSingleton<DialogFollowUp>();
        services.AddSingleton<WeeklyCreditsPost>();
        services.AddSingleton<VoicesRosterBuilder>();
        services.AddSingleton<FacilitatorDigests>();
        services.AddSingleton<DialogScheduler>();
        services.AddSingleton<DialogAnswers>();
        services.AddSingleton<ParticipationRecorder>();
        services.AddSingleton<DialogInboxDispatcher>();

        foreach (var command in new[] { typeof(CreditCommand), typeof(AmplifyCommand), typeof(ScheduleCommand), typeof(DigestCommand), typeof(FacilitatorCommand), typeof(HolidaysCommand), typeof(AwayCommand), typeof(HoursCommand), typeof(TzCommand) })
        {
            services.AddSingleton(typeof(IAllyCommand), command);
        }

        // /ally forget-me erases dialogs, credits, calendars and counters too, around the storage eraser.
        services.AddSingleton<IMemberDataEraser>(sp => ActivatorUtilities.CreateInstance<DialogDataEraser>(sp, sp.GetRequiredService<SqlAllyStore>()));

        services.AddSingleton<IRosterProvider, RosterProviderRouter>();
        services.AddSingleton<IDoNotDisturb, DoNotDisturbRouter>();
        services.AddSingleton<IMessageLinkResolver, MessageLinkResolverRouter>();
        services.AddSingleton<DialogTickSignal>();
        services.AddHostedService<DialogSchedulerWorker>();
        return services;
    }
}
