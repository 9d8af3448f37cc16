using AllyBot.Core.Ports;
using AllyBot.Storage.Connections;
using AllyBot.Storage.Inbox;
using AllyBot.Storage.Migrations;
using AllyBot.Storage.Outbox;
using AllyBot.Storage.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllyBot.Storage;

/// <summary>Registers AllyBot's storage.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store behind every storage port, the inbox and <see cref="AllyBotDatabase"/> (call its
    /// <see cref="AllyBotDatabase.MigrateAsync"/> at start-up), all as singletons, for the provider in <paramref name="options"/>.
    /// </summary>
    /// <exception cref="StorageStartupException">The options are invalid, or name a provider this build does not have.</exception>
    public static IServiceCollection AddAllyBotStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var validation = new StorageOptionsValidator().Validate(Options.DefaultName, options);
        if (validation.Failed)
        {
            throw new StorageStartupException(validation.FailureMessage);
        }

        services.AddSingleton(Options.Create(options));
        services.AddSingleton(_ => CreateConnections(options));
        services.AddSingleton(provider => new SchemaMigrator(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton(provider => new AllyBotDatabase(provider.GetRequiredService<SchemaMigrator>(), provider.GetRequiredService<IStorageConnectionFactory>()));

        services.AddSingleton(provider => new SqlAllyStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IMemberSettingsStore>(provider => provider.GetRequiredService<SqlAllyStore>());
        services.AddSingleton<IWorkspaceSettingsStore>(provider => provider.GetRequiredService<SqlAllyStore>());
        services.AddSingleton<INudgeLog>(provider => provider.GetRequiredService<SqlAllyStore>());
        services.AddSingleton<IMemberDataEraser>(provider => provider.GetRequiredService<SqlAllyStore>());
        services.AddSingleton<IFeedbackLog>(provider => provider.GetRequiredService<SqlAllyStore>());
        services.AddSingleton<IInstallationStore>(provider => provider.GetRequiredService<SqlAllyStore>());

        services.AddSingleton<IDialogStore>(provider => new SqlDialogStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<ICreditStore>(provider => new SqlCreditStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<ITeamSettingsStore>(provider => new SqlTeamSettingsStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IMemberCalendarStore>(provider => new SqlMemberCalendarStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IParticipationCounter>(provider => new SqlParticipationCounter(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IVoicesSnapshotStore>(provider => new SqlVoicesSnapshotStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IDeliveryLog>(provider => new SqlDeliveryLog(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<ISentNudgeStore>(provider => new SqlSentNudgeStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IWorkspaceAdminStore>(provider => new SqlWorkspaceAdminStore(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IAdminReportSource>(provider => new SqlAdminReportSource(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<ILanguageSettingsStore>(provider => new SqlLanguageSettingsStore(provider.GetRequiredService<IStorageConnectionFactory>()));

        services.AddSingleton(provider => new SqlInbox(provider.GetRequiredService<IStorageConnectionFactory>()));
        services.AddSingleton<IInbox>(provider => provider.GetRequiredService<SqlInbox>());
        services.AddSingleton<IOutbox>(provider => new SqlOutbox(provider.GetRequiredService<IStorageConnectionFactory>()));
        return services;
    }

    /// <summary>The one place that branches per provider: everything else gets the provider's connections and dialect from it.</summary>
    /// <remarks>Created by the container, so it disposes the PostgreSQL connection pool at shutdown.</remarks>
    private static IStorageConnectionFactory CreateConnections(StorageOptions options) =>
        options.IsPostgres
            ? new PostgresConnectionFactory(options.ConnectionString)
            : new SqliteConnectionFactory(options.ConnectionString);
}
