using AllyBot.Storage.Migrations;

namespace AllyBot.Storage.Tests.Migrations;

public sealed class MigrationScriptsTests
{
    [Test]
    public void For_Sqlite_VersionsRunFromOneWithoutGaps()
    {
        var scripts = MigrationScripts.For("Sqlite");

        Assert.That(scripts.Select(s => s.Version), Is.EqualTo(Enumerable.Range(1, scripts.Count)));
    }

    [Test]
    public void For_Sqlite_FirstScriptIsTheInitialSchema()
    {
        var first = MigrationScripts.For("Sqlite")[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Name, Is.EqualTo("0001_initial.sql"));
            Assert.That(first.Sql, Does.Contain("CREATE TABLE inbox"));
        }
    }

    [Test]
    public void For_Postgres_SameVersionsAndFileNamesAsSqlite()
    {
        Assert.That(
            MigrationScripts.For("Postgres").Select(s => (s.Version, s.Name)),
            Is.EqualTo(MigrationScripts.For("Sqlite").Select(s => (s.Version, s.Name))));
    }

    [Test]
    public void For_Postgres_UsesBooleanFlagsBigintTimesAndIdentityIds()
    {
        var initial = MigrationScripts.For("Postgres")[0].Sql;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(initial, Does.Contain("done        BOOLEAN NOT NULL DEFAULT FALSE"));
            Assert.That(initial, Does.Contain("received_at BIGINT  NOT NULL"));
            Assert.That(initial, Does.Contain("id          BIGINT  NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));
            Assert.That(initial, Does.Not.Contain("AUTOINCREMENT"));
        }
    }

    [Test]
    public void For_UnknownProviderFolder_ReturnsNoScripts()
    {
        Assert.That(MigrationScripts.For("Nope"), Is.Empty);
    }
}
