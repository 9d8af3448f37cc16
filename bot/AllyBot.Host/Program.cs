using AllyBot.Host.Health;
using AllyBot.Host.Playground;
using AllyBot.Host.Shutdown;
using AllyBot.Host.Startup;
using AllyBot.Host.Telemetry;
using AllyBot.Slack;
using AllyBot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

var builder = WebApplication.CreateBuilder(args);
WebApplication app;
try
{
    var playground = builder.IsPlaygroundEnabled();
    if (playground)
    {
        builder.Services.AddPlayground();
    }

    builder.Services.TryAddSingleton(TimeProvider.System);
    builder.Services.AddAllyBotStorage(builder.Configuration);
    builder.Services.AddAllyBotCore(
        RulesStartup.Load(builder.Configuration),
        PseudonymSecret.Load(builder.Configuration, AllyBotPaths.DataFolder));
    builder.Services.AddProblemDetails();
    builder.Services.AddOutboundHealth();
    builder.Services.AddAllyBotDataProtection(builder.Configuration);
    builder.Services.AddAllyBotTelemetry(builder.Configuration, playground);
    builder.Services.AddSlack(builder.Configuration);
    builder.Services.AddTeams(builder.Configuration);

    app = builder.Build();
    await app.Services.MigrateAllyBotDatabaseAsync();

    app.UseShutdownGate();
    app.MapHealth();
    app.MapAllyBotMetrics(builder.Configuration, playground);
    app.MapSlack();
    app.MapTeams();
    if (playground)
    {
        app.UseStaticFiles();
        app.MapPlayground();
    }

    await app.StartAsync();
}
catch (Exception e) when (StartupProblems.IsConfigurationProblem(e))
{
    // One clear line saying what to fix, instead of a stack trace.
    await Console.Error.WriteLineAsync($"AllyBot cannot start: {e.Message}");
    return 1;
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>The host's entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
