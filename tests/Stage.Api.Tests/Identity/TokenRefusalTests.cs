using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Stage.Api.Identity.Development;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Identity;

/// <summary>A request that sends credentials the API cannot accept gets 401 and UNAUTHENTICATED, never anonymity.</summary>
public sealed class TokenRefusalTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "{ sectors { code } }";

    [Theory]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    [InlineData("Token abc.def.ghi")]
    public async Task A_malformed_authorization_header_is_refused(string header)
    {
        using var response = await SendAsync(header);
        await AssertRefusedAsync(response, "The Authorization header must have the form: Bearer <token>.", invalidToken: false);
    }

    [Fact]
    public async Task Two_authorization_headers_are_refused()
    {
        using var request = Request();
        request.Headers.TryAddWithoutValidation("Authorization", ["Bearer a.b.c", "Bearer d.e.f"]);
        using var response = await api.Factory.CreateClient().SendAsync(request);
        await AssertRefusedAsync(response, "The Authorization header must have the form: Bearer <token>.", invalidToken: false);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln")]
    public async Task A_token_that_is_not_a_jwt_is_refused(string token)
    {
        using var response = await SendAsync("Bearer " + token);
        await AssertRefusedAsync(response, "The token is malformed.");
    }

    [Fact]
    public async Task A_token_of_an_unknown_issuer_is_refused()
    {
        var subject = await PupilSubjectAsync();
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, issuer: "https://attacker.example"));
        await AssertRefusedAsync(response, "The token's issuer is not trusted.");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var subject = await PupilSubjectAsync();
        var otherKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("another key of at least thirty-two bytes!"));
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, key: otherKey));
        await AssertRefusedAsync(response, "The token's signature is invalid.");
    }

    [Fact]
    public async Task A_token_whose_signature_was_tampered_with_is_refused()
    {
        var token = await api.TokenForAsync(DevelopmentLogin.Admin("tamper"));
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];
        using var response = await SendAsync("Bearer " + tampered);
        await AssertRefusedAsync(response, "The token's signature is invalid.");
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var subject = await PupilSubjectAsync();
        var now = DateTime.UtcNow;
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, notBefore: now.AddHours(-2), expires: now.AddMinutes(-5)));
        await AssertRefusedAsync(response, "The token has expired.");
    }

    [Fact]
    public async Task A_token_not_valid_yet_is_refused()
    {
        var subject = await PupilSubjectAsync();
        var now = DateTime.UtcNow;
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, notBefore: now.AddMinutes(5), expires: now.AddHours(1)));
        await AssertRefusedAsync(response, "The token is not valid yet.");
    }

    [Fact]
    public async Task A_token_without_an_expiry_is_refused()
    {
        var subject = await PupilSubjectAsync();
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, withExpiry: false));
        await AssertRefusedAsync(response, "The token has no expiration time (exp).");
    }

    [Theory]
    [InlineData(0, 25)]
    [InlineData(-2, 23)]
    public async Task A_token_living_longer_than_the_maximum_lifetime_is_refused(int issuedHoursAgo, int expiresInHours)
    {
        var subject = await PupilSubjectAsync();
        var now = DateTime.UtcNow;
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, notBefore: now.AddHours(issuedHoursAgo), expires: now.AddHours(expiresInHours)));
        await AssertRefusedAsync(response, "The token lives longer than the 24 hours this API accepts (from iat or nbf to exp).");
    }

    [Fact]
    public async Task A_token_of_almost_a_day_is_accepted()
    {
        var subject = await PupilSubjectAsync();
        var now = DateTime.UtcNow;
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, notBefore: now.AddHours(-1), expires: now.AddHours(22)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_accepted()
    {
        var subject = await PupilSubjectAsync();
        var now = DateTime.UtcNow;
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, notBefore: now.AddHours(-1), expires: now.AddSeconds(-10)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        var subject = await PupilSubjectAsync();
        using var response = await SendAsync("Bearer " + TestTokens.Forge(subject, audience: "another-api"));
        await AssertRefusedAsync(response, "The token is meant for another audience.");
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var subject = await PupilSubjectAsync();
        using var response = await SendAsync("Bearer " + TestTokens.NotSigned(subject));
        await AssertRefusedAsync(response, "The token is not signed.");
    }

    [Fact]
    public async Task A_token_with_alg_none_and_a_signature_is_refused()
    {
        var subject = await PupilSubjectAsync();
        var signed = TestTokens.Forge(subject).Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        using var response = await SendAsync($"Bearer {header}.{signed[1]}.{signed[2]}");
        await AssertRefusedAsync(response, "The token is not signed.");
    }

    [Fact]
    public async Task A_valid_token_without_an_account_is_refused()
    {
        using var response = await SendAsync("Bearer " + TestTokens.Forge("pupil:00000000000"));
        await AssertRefusedAsync(response, "No account matches this token.");
    }

    [Fact]
    public async Task The_refusal_is_in_the_negotiated_media_type()
    {
        using var request = Request("Bearer not-a-jwt");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await api.Factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_a_header_the_request_is_anonymous()
    {
        using var response = await SendAsync(authorization: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.WwwAuthenticate);
    }

    private async Task<string> PupilSubjectAsync()
    {
        await using var db = api.CreateDbContext();
        var pupil = await db.AddPupilAsync(await db.AddUniqueSchoolAsync());
        await api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine));
        return "pupil:" + pupil.Ine;
    }

    private static HttpRequestMessage Request(string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(string? authorization)
    {
        using var request = Request(authorization);
        return await api.Factory.CreateClient().SendAsync(request);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string message, bool invalidToken = true)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        if (invalidToken)
        {
            Assert.Contains("error=\"invalid_token\"", challenge.Parameter, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(challenge.Parameter);
        }

        var body = await GraphQLResponse.ReadAsync(response);
        Assert.Equal("application/json", body.ContentType);
        Assert.Null(body.Data);
        var error = Assert.Single(body.Errors!);
        Assert.Equal(message, error!["message"]!.GetValue<string>());
        Assert.Equal("UNAUTHENTICATED", error["extensions"]!["code"]!.GetValue<string>());
    }
}
