using System.Globalization;
using System.Reflection;

namespace AllyBot.Storage.Migrations;

/// <summary>Reads the embedded scripts under <c>Migrations/&lt;provider folder&gt;/NNNN_name.sql</c>.</summary>
internal static class MigrationScripts
{
    public static IReadOnlyList<MigrationScript> For(string providerFolder)
    {
        var assembly = typeof(MigrationScripts).Assembly;
        var prefix = $"Migrations/{providerFolder}/";
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name, name[prefix.Length..]))
            .OrderBy(script => script.Version)
            .ToList();

        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(s => s.Name))}.");
        }

        return scripts;
    }

    private static MigrationScript Read(Assembly assembly, string resourceName, string fileName)
    {
        var digits = new string([.. fileName.TakeWhile(char.IsAsciiDigit)]);
        if (digits.Length == 0 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
        {
            throw new InvalidOperationException($"Migration '{resourceName}' must start with a positive version number, like 0002_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Migration '{resourceName}' cannot be read.");
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, fileName, reader.ReadToEnd());
    }
}
