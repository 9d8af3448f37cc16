using AllyBot.Core.Commands;
using AllyBot.Core.Inbox;
using AllyBot.Core.Nudging;
using AllyBot.Core.Ports;
using AllyBot.Core.Privacy;
using AllyBot.Core.Telemetry;
using AllyBot.Host.Inbox;
using AllyBot.Host.Outbox;
using AllyBot.Rules;
using Microsoft.Extensions.Options;

namespace AllyBot.Host.Startup;

/// <summary>Registers the core (rules, nudges, commands, the inbox worker) once for every platform.</summary>
internal static class CoreServices
{
    public static IServiceCollection AddAllyBotCore(this IServiceCollection services, RuleSet rules, byte[] pseudonymSecret)
    {
        services.AddSingleton(rules);
        services.AddAllyBotAdmin();
        services.AddSingleton(new MemberPseudonymizer(pseudonymSecret));
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section)
            .Validate(o => o.RateLimitWindow >= TimeSpan.Zero && o.SnoozeButtonDuration > TimeSpan.Zero, "Nudges: RateLimitWindow must be >= 0 and SnoozeButtonDuration > 0.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<NudgeOptions>>().Value);

        services.AddMetrics();
        services.AddSingleton<AllyBotMetrics>();
        services.AddSingleton<ChatSenderRouter>();
        services.AddAllyBotOutbox();
        services.AddAllyBotLanguage();
        services.AddSingleton<MessageNudger>();
        services.AddSingleton<NudgeButtons>();
        services.AddSingleton<NudgeRevisor>();
        services.AddSingleton<IAllyCommand, TipsCommand>();
        services.AddSingleton<IAllyCommand, CheckCommand>();
        services.AddSingleton<IAllyCommand, SnoozeCommand>();
        services.AddSingleton<IAllyCommand>(sp => new OptOutCommand(sp.GetRequiredService<IMemberSettingsStore>(), optIn: false));
        services.AddSingleton<IAllyCommand>(sp => new OptOutCommand(sp.GetRequiredService<IMemberSettingsStore>(), optIn: true));
        services.AddSingleton<IAllyCommand, MeCommand>();
        services.AddSingleton<IAllyCommand, ForgetMeCommand>();
        services.AddSingleton<AllyCommandRouter>();
        services.AddSingleton<InboxDispatcher>();

        services.AddOptions<InboxWorkerOptions>().BindConfiguration(InboxWorkerOptions.Section)
            .Validate(
                o => o.Lease > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.PurgeInterval > TimeSpan.Zero && o.KeepCompletedFor >= TimeSpan.Zero && o.ClaimBatchSize > 0
                    && o.BurstArrivalsPerSecond > 0 && o.BurstProcessingShare is > 0 and <= 1 && o.BurstMaxLag > TimeSpan.Zero,
                "Inbox: Lease, PollInterval, RetryDelay, PurgeInterval, ClaimBatchSize, BurstArrivalsPerSecond and BurstMaxLag must be positive, KeepCompletedFor not negative, BurstProcessingShare above 0 and at most 1.")
            .ValidateOnStart();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<IngestPressure>();
        services.AddSingleton(sp => new InboxGroupCommitter(sp.GetRequiredService<IInbox>(), sp.GetRequiredService<ILogger<InboxGroupCommitter>>(), sp.GetRequiredService<IngestPressure>()));
        services.AddSingleton(sp => new InboxWriter(sp.GetRequiredService<InboxGroupCommitter>(), sp.GetRequiredService<InboxSignal>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IInboxWriter>(sp => sp.GetRequiredService<InboxWriter>());
        services.AddHostedService<InboxWorker>();
        services.AddAllyBotDialogs();
        services.AddHostedService<InboxJanitor>();
        services.AddHostedService<DatabaseCheckpointer>();
        return services;
    }
}
