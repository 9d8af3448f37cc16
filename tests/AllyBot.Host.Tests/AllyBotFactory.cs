using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace AllyBot.Host.Tests;

/// <summary>
/// The real host over HTTP (TestServer) on a private in-memory SQLite database that a kept-open connection keeps
/// alive for the factory's lifetime. The playground is on, so tests drive AllyBot the way a newcomer does.
/// </summary>
internal sealed class AllyBotFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection _keepAlive;

    public AllyBotFactory(IDictionary<string, string?>? settings = null)
    {
        ConnectionString = $"Data Source=file:allybot-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
        Settings = new Dictionary<string, string?>
        {
            ["Playground:Enabled"] = "true",
            ["ConnectionStrings:AllyBot"] = ConnectionString,
            ["Privacy:PseudonymSecret"] = Convert.ToBase64String(new byte[32]),
            ["Inbox:PollInterval"] = "00:00:00.200",

            // Warnings and errors only: thousands of request lines would bury a failing test's message in CI output.
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            Settings[key] = value;
        }
    }

    public string ConnectionString { get; }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>Runs a query against the test database (to prove what is and is not stored).</summary>
    public SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _keepAlive.Dispose();
        }
    }
}
