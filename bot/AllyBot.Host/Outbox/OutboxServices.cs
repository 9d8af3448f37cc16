using AllyBot.Core.Ports;
using AllyBot.Host.Telemetry;

namespace AllyBot.Host.Outbox;

/// <summary>Registers the outbox: Core's <see cref="IChatSender"/>/<see cref="IDialogChatSender"/> store replies, the worker sends them.</summary>
internal static class OutboxServices
{
    public static IServiceCollection AddAllyBotOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section)
            .Validate(o => o.Problem() is null, "Outbox: PollInterval, BaseDelay, Lease must be positive, MaxAttempts and ClaimBatchSize at least 1, MaxDelay >= BaseDelay, KeepFinishedFor not negative, SendTimeout >= 10 ms, CircuitFailureRatio in (0, 1], CircuitMinimumThroughput >= 2, CircuitSamplingDuration and CircuitBreakDuration >= 500 ms.")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<PlatformCircuits>();
        services.AddSingleton<GuardedDirectSends>();
        services.AddSingleton<OutboxChatSender>();
        services.AddSingleton<IChatSender>(sp => sp.GetRequiredService<OutboxChatSender>());
        services.AddSingleton<IDialogChatSender>(sp => sp.GetRequiredService<OutboxChatSender>());
        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxWorker>());
        return services;
    }
}
