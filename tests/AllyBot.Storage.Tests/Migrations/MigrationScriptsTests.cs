using AllyBot.Storage.Migrations;

namespace AllyBot.Storage.Tests.Migrations;

public sealed class MigrationScriptsTests
{
    [Test]
    public void For_Sqlite_VersionsStartAtOneAndIncrease()
    {
        // Helpers working in parallel are each given a version number, so a branch may have a gap until all are merged.
        var versions = MigrationScripts.For("Sqlite").Select(s => s.Version).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(versions[0], Is.EqualTo(1));
            Assert.That(versions, Is.Ordered.Ascending.And.Unique);
        }
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
