using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllyBot.Host.BrowserTests;

/// <summary>
/// The real AllyBot host on Kestrel, on a free loopback port, in this process: playground on, Development environment,
/// a throwaway SQLite database and pseudonym secret in a temp folder that is deleted on dispose.
/// </summary>
internal sealed class PlaygroundServer : IDisposable
{
    private readonly Factory _factory;

    private PlaygroundServer(Factory factory, string dataFolder, Uri baseAddress)
    {
        _factory = factory;
        DataFolder = dataFolder;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the page is served, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The temp folder holding this server's database.</summary>
    public string DataFolder { get; }

    public static PlaygroundServer Start()
    {
        var dataFolder = Directory.CreateTempSubdirectory("allybot-browser-").FullName;
        var factory = new Factory(dataFolder);
        try
        {
            factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(a => new Uri(a))
                .First(a => a.Scheme == Uri.UriSchemeHttp);
            return new PlaygroundServer(factory, dataFolder, new Uri($"http://127.0.0.1:{address.Port}/"));
        }
        catch
        {
            factory.Dispose();
            Directory.Delete(dataFolder, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        _factory.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    private sealed class Factory(string dataFolder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Settings given this way reach the host's configuration before Program.cs reads it.
            builder.UseEnvironment("Development");
            builder.UseSetting("Playground:Enabled", "true");
            builder.UseSetting("ConnectionStrings:AllyBot", $"Data Source={Path.Combine(dataFolder, "allybot.db")}");
            builder.UseSetting("Privacy:PseudonymSecret", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
    }
}
