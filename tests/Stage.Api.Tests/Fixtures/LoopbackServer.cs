using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Stage.Api.Tests.Fixtures;

/// <summary>Serves a factory's application on a real loopback port (Kestrel), for clients that need real sockets.</summary>
public static class LoopbackServer
{
    public static WebApplicationFactory<Program> Start(WebApplicationFactory<Program> factory)
    {
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    /// <summary>The server's base address, like <c>http://127.0.0.1:41234</c>.</summary>
    public static string AddressOf(WebApplicationFactory<Program> factory) =>
        factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A loopback port free now, for a server of a test's own (a portal page on another origin).</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
