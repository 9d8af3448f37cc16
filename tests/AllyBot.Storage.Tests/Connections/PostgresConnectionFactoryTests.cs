using AllyBot.Storage.Connections;
using AllyBot.Storage.Dialects;
using Dapper;

namespace AllyBot.Storage.Tests.Connections;

public sealed class PostgresConnectionFactoryTests
{
    [Test]
    public void Create_ConnectionString_LocationNamesDatabaseHostAndPortButNotThePassword()
    {
        using var factory = new PostgresConnectionFactory("Host=db.example;Port=6543;Database=ally;Username=bot;Password=s3cret");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(factory.Location, Is.EqualTo("the PostgreSQL database 'ally' on db.example:6543"));
            Assert.That(factory.Location + factory.StartupAdvice, Does.Not.Contain("s3cret"));
            Assert.That(factory.MigrationsFolder, Is.EqualTo("Postgres"));
            Assert.That(factory.Dialect, Is.SameAs(PostgresDialect.Instance));
            Assert.That(factory.EnsureLocationExists, Throws.Nothing);
        }
    }

    [Test]
    public void Create_NoDatabase_LocationNamesTheUserDatabasePostgresWouldUse()
    {
        using var factory = new PostgresConnectionFactory("Host=db;Username=allybot");

        Assert.That(factory.Location, Is.EqualTo("the PostgreSQL database 'allybot' on db:5432"));
    }

    [Test]
    [Category("Postgres")]
    public async Task Open_Server_ConnectionIsOpenAndNamedAllyBot()
    {
        await using var database = await PostgresTestDatabase.CreateEmptyAsync();

        await using var connection = await database.Connections.OpenAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await connection.ExecuteScalarAsync<string>("SELECT current_database()"), Is.EqualTo(database.Name));
            Assert.That(await connection.ExecuteScalarAsync<string>("SELECT current_setting('application_name')"), Is.EqualTo("AllyBot"));
        }
    }
}
