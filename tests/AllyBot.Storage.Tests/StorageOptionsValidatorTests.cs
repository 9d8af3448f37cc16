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

    [Test]
    public void Validate_Postgres_FailsAsNotAvailableYet()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Postgres", ConnectionString = "Host=db" });

        Assert.That(result.FailureMessage, Does.Contain("Storage:Provider 'Postgres' is not available yet"));
    }

    [Test]
    public void Validate_UnknownProvider_FailsNamingItAndTheChoices()
    {
        var result = Validator.Validate(null, new StorageOptions { Provider = "Mongo", ConnectionString = "x" });

        Assert.That(result.FailureMessage, Does.Contain("Storage:Provider 'Mongo' is not a known database provider. Use 'Sqlite' (the default) or 'Postgres'."));
    }
}
