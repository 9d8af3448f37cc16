using AllyBot.Storage.Dialects;

namespace AllyBot.Storage.Tests.Dialects;

public sealed class PostgresDialectTests
{
    [Test]
    public void LockKeyFor_KnownKey_FirstFourBytesOfSha256BigEndian()
    {
        // SHA-256("abc") = ba7816bf...: the value must never depend on the process, the machine or the .NET version.
        Assert.That(PostgresDialect.LockKeyFor("abc"), Is.EqualTo(unchecked((int)0xBA7816BF)));
    }

    [Test]
    public void LockKeyFor_OtherMemberOrRule_OtherValues()
    {
        var keys = new[] { "nudge\0T1\0ada\0rule/a", "nudge\0T1\0ada\0rule/b", "nudge\0T1\0bob\0rule/a", "nudge\0T2\0ada\0rule/a" };

        Assert.That(keys.Select(PostgresDialect.LockKeyFor).Distinct().Count(), Is.EqualTo(keys.Length));
    }

    [Test]
    public void SkipLockedRows_Postgres_ForUpdateSkipLocked()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(PostgresDialect.Instance.SkipLockedRows, Is.EqualTo("FOR UPDATE SKIP LOCKED"));
            Assert.That(SqliteDialect.Instance.SkipLockedRows, Is.Empty);
        }
    }
}
