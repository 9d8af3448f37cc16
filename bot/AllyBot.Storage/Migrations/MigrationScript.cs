namespace AllyBot.Storage.Migrations;

/// <summary>One embedded schema change, e.g. <c>Migrations/Sqlite/0002_feedback_index.sql</c> as version 2.</summary>
/// <param name="Version">The number the file name starts with; applied in ascending order, each once.</param>
/// <param name="Name">The file name, recorded next to the version.</param>
/// <param name="Sql">The statements.</param>
internal sealed record MigrationScript(int Version, string Name, string Sql);
