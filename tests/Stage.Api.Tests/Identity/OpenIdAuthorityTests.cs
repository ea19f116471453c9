using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.Tokens;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Identity;

/// <summary>An issuer configured by its OpenID Connect authority: its keys come from the discovery document.</summary>
public sealed class OpenIdAuthorityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Audience = "stage-sso";

    [Fact]
    public async Task Tokens_signed_with_the_published_keys_are_accepted_and_others_refused()
    {
        await using var provider = await FakeOpenIdProvider.StartAsync();
        await using var db = api.CreateDbContext();
        var pupil = await db.AddPupilAsync(await db.AddUniqueSchoolAsync());
        await db.AddAccountAsync(provider.Authority, "sso-" + pupil.Ine, pupil);
        await using var factory = api.Factory.WithWebHostBuilder(web => web
            .UseSetting("Stage:Auth:Issuers:0:Issuer", provider.Authority)
            .UseSetting("Stage:Auth:Issuers:0:Audience", Audience)
            .UseSetting("Stage:Auth:Issuers:0:Authority", provider.Authority)
            .UseSetting("Stage:Auth:Issuers:0:RequireHttpsMetadata", "false"));

        var accepted = await PostAsync(factory, TestTokens.Forge("sso-" + pupil.Ine, provider.Authority, Audience, provider.SigningKey));
        Assert.Equal(200, accepted.StatusCode);
        Assert.Equal("PUPIL", accepted.Data!["me"]!["role"]!.GetValue<string>());

        using var unpublished = RSA.Create(2048);
        var forged = TestTokens.Forge("sso-" + pupil.Ine, provider.Authority, Audience,
            new RsaSecurityKey(unpublished) { KeyId = FakeOpenIdProvider.KeyId });
        var refused = await PostAsync(factory, forged);
        Assert.Equal(401, refused.StatusCode);
        Assert.Equal("The token's signature is invalid.", refused.Errors![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task When_the_authority_cannot_be_reached_a_token_of_its_issuer_gets_503_not_an_internal_error()
    {
        const string unreachable = "http://127.0.0.1:9";
        await using var factory = api.Factory.WithWebHostBuilder(web => web
            .UseSetting("Stage:Auth:Issuers:0:Issuer", unreachable)
            .UseSetting("Stage:Auth:Issuers:0:Audience", Audience)
            .UseSetting("Stage:Auth:Issuers:0:Authority", unreachable)
            .UseSetting("Stage:Auth:Issuers:0:RequireHttpsMetadata", "false"));
        using var key = RSA.Create(2048);

        var response = await PostAsync(factory, TestTokens.Forge("anyone", unreachable, Audience, new RsaSecurityKey(key) { KeyId = "k" }));

        Assert.Equal(503, response.StatusCode);
        Assert.Equal(["IDENTITY_PROVIDER_UNAVAILABLE"], response.ErrorCodes);
    }

    private static async Task<GraphQLResponse> PostAsync(WebApplicationFactory<Program> factory, string token)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await new GraphQLClient(http).PostAsync("{ me { role } }");
    }
}
