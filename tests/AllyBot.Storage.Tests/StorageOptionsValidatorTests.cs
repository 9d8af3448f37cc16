namespace AllyBot.Storage.Tests;

public sealed class StorageOptionsValidatorTests
{
    private static readonly StorageOptionsValidator Validator = new();

    [TestCase("Sqlite")]
    [TestCase("sqlite")]
    [TestCase("SQLITE")]
    public void Validate_SqliteWithConnectionString_Succeeds(string provider)
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = provider, ConnectionString = "Data Source=a.db" });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_Defaults_ProviderIsSqliteButConnectionStringMissing()
    {
        var options = new StorageOptions();

        var result = Validator.Validate(null, options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.IsSqlite, Is.True);
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("ConnectionStrings:AllyBot is empty"));
        }
    }

    [TestCase("Postgres")]
    [TestCase("postgres")]
    public void Validate_PostgresWithConnectionString_Succeeds(string provider)
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = provider, ConnectionString = "Host=db;Database=allybot;Username=allybot;Password=pw" });

        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Validate_PostgresWithSqliteConnectionString_FailsWithoutRepeatingIt()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = "Data Source=/var/lib/allybot/allybot.db" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("ConnectionStrings:AllyBot is not a PostgreSQL connection string"));
            Assert.That(result.FailureMessage, Does.Contain("Host="));
            Assert.That(result.FailureMessage, Does.Not.Contain("/var/lib/allybot"));
        }
    }

    [Test]
    public void Validate_PostgresWithoutHost_FailsNamingIt()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = "Database=allybot;Password=s3cret" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.FailureMessage, Does.Contain("it names no Host"));
            Assert.That(result.FailureMessage, Does.Not.Contain("s3cret"));
        }
    }

    [Test]
    public void Validate_UnknownProvider_FailsNamingItAndTheChoices()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Mongo", ConnectionString = "x" });

        Assert.That(result.FailureMessage, Does.Contain("Storage:Provider 'Mongo' is not a known database provider. Use 'Sqlite' (the default) or 'Postgres'."));
    }
}
