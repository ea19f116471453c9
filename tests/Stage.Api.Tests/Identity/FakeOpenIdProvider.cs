using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Tests.Identity;

/// <summary>
/// An OpenID Connect provider reduced to what a resource server reads: the discovery document and
/// the signing keys (JWKS), served over plain HTTP on a loopback port.
/// </summary>
public sealed class FakeOpenIdProvider : IAsyncDisposable
{
    public const string KeyId = "fake-key-1";

    private readonly WebApplication _app;

    private FakeOpenIdProvider(WebApplication app, RSA rsa, string authority)
    {
        _app = app;
        Rsa = rsa;
        Authority = authority;
    }

    public RSA Rsa { get; }

    /// <summary>The provider's base address, which is also the <c>iss</c> of its tokens.</summary>
    public string Authority { get; }

    public SecurityKey SigningKey => new RsaSecurityKey(Rsa) { KeyId = KeyId };

    public static async Task<FakeOpenIdProvider> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        var app = builder.Build();
        string Authority() => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Authority(),
            ["jwks_uri"] = Authority() + "/jwks",
        }));
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        app.MapGet("/jwks", () => Results.Json(new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, string>
                {
                    ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                },
            },
        }));
        await app.StartAsync();
        return new FakeOpenIdProvider(app, rsa, Authority());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Rsa.Dispose();
    }
}
