using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Identity;

/// <summary>
/// Issuers from configuration (here one with an RSA public key in PEM, as an identity provider would
/// publish it), and the Production rule: the development issuer is never trusted there.
/// </summary>
public sealed class ConfiguredIssuerTests(ApiFixture api) : IClassFixture<ApiFixture>, IDisposable
{
    private const string Issuer = "https://educonnect.test.invalid";
    private const string Audience = "stage-educonnect";

    private readonly RSA _rsa = RSA.Create(2048);

    [Fact]
    public async Task A_token_of_a_configured_issuer_with_a_pem_key_is_accepted()
    {
        var subject = await AddPupilAccountAsync();
        await using var factory = WithIssuer(environment: null);

        var response = await PostAsync(factory, TestTokens.Forge(subject, Issuer, Audience, new RsaSecurityKey(_rsa)));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("PUPIL", response.Data!["me"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_of_the_configured_issuer_signed_with_another_rsa_key_is_refused()
    {
        var subject = await AddPupilAccountAsync();
        await using var factory = WithIssuer(environment: null);
        using var other = RSA.Create(2048);

        var response = await PostAsync(factory, TestTokens.Forge(subject, Issuer, Audience, new RsaSecurityKey(other)));

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal("The token's signature is invalid.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_signed_with_hmac_over_the_public_key_is_refused()
    {
        var subject = await AddPupilAccountAsync();
        await using var factory = WithIssuer(environment: null);
        var publicKeyAsSecret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(_rsa.ExportSubjectPublicKeyInfoPem()));

        var response = await PostAsync(factory, TestTokens.Forge(subject, Issuer, Audience, publicKeyAsSecret));

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task In_production_a_development_token_is_refused()
    {
        var token = await api.TokenForAsync(DevelopmentLogin.Admin("production-check"));
        Assert.Equal(200, (await api.GraphQLWithToken(token).PostAsync("{ me { role } }")).StatusCode);
        await using var production = api.Factory.WithWebHostBuilder(web => web.UseEnvironment("Production"));

        var response = await PostAsync(production, token);

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal("The token's issuer is not trusted.", response.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task In_production_the_development_issuer_stays_untrusted_even_when_listed_among_the_issuers()
    {
        var token = await api.TokenForAsync(DevelopmentLogin.Admin("listed-in-production"));
        await using var production = api.Factory.WithWebHostBuilder(web => web
            .UseEnvironment("Production")
            .UseSetting("Stage:Auth:Issuers:0:Issuer", TestTokens.DevelopmentIssuer)
            .UseSetting("Stage:Auth:Issuers:0:Audience", TestTokens.DevelopmentAudience)
            .UseSetting("Stage:Auth:Issuers:0:SigningKeys:0", TestTokens.DevelopmentSigningKey));

        var response = await PostAsync(production, token);

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task In_production_configured_issuers_are_trusted_and_the_token_command_is_disabled()
    {
        var subject = await AddPupilAccountAsync();
        await using var production = WithIssuer("Production");

        var response = await PostAsync(production, TestTokens.Forge(subject, Issuer, Audience, new RsaSecurityKey(_rsa)));
        Assert.Equal("PUPIL", response.Data!["me"]!["role"]!.GetValue<string>());

        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = await DevelopmentTokenCommand.RunAsync(production.Services, ["--admin", "nobody"], output, errors);
        Assert.Equal(2, exitCode);
        Assert.Equal("", output.ToString());
        Assert.Contains("disabled", errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _rsa.Dispose();

    private WebApplicationFactory<Program> WithIssuer(string? environment) =>
        api.Factory.WithWebHostBuilder(web =>
        {
            if (environment is not null)
            {
                web.UseEnvironment(environment);
            }

            web.UseSetting("Stage:Auth:Issuers:0:Issuer", Issuer)
                .UseSetting("Stage:Auth:Issuers:0:Audience", Audience)
                .UseSetting("Stage:Auth:Issuers:0:SigningKeys:0", _rsa.ExportSubjectPublicKeyInfoPem());
        });

    private async Task<string> AddPupilAccountAsync()
    {
        await using var db = api.CreateDbContext();
        var pupil = await db.AddPupilAsync(await db.AddUniqueSchoolAsync());
        var subject = "educonnect-" + pupil.Ine;
        await db.AddAccountAsync(Issuer, subject, pupil);
        return subject;
    }

    private static async Task<GraphQLResponse> PostAsync(WebApplicationFactory<Program> factory, string token)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await new GraphQLClient(http).PostAsync("{ me { role } }");
    }
}
