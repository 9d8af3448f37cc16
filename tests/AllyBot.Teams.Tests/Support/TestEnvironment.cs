using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AllyBot.Teams.Tests.Support;

/// <summary>A host environment with a chosen name.</summary>
internal sealed class TestEnvironment(string name) : IHostEnvironment
{
    public static TestEnvironment Production { get; } = new(Environments.Production);

    public static TestEnvironment Development { get; } = new(Environments.Development);

    public string EnvironmentName { get; set; } = name;

    public string ApplicationName { get; set; } = "AllyBot.Teams.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
