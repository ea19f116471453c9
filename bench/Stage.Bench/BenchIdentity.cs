using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Stage.Api.Events;
using Stage.Api.Kit.Relay;

namespace Stage.Bench;

/// <summary>
/// The keys of one run of the subscription benchmark, drawn afresh: an identity provider the API is told
/// to trust (the development issuer is never trusted in Production, where the benchmark runs the API),
/// whose tokens the benchmark signs for its accounts, and the API's cursor key, so that the benchmark
/// can write the event cursor its subscribers resume after.
/// </summary>
public sealed class BenchIdentity
{
    public const string Issuer = "https://bench.stage.invalid";
    private const string Audience = "stage-api";
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly byte[] _signingKey = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _cursorKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>
    /// The API's configuration for this run, as environment variables; the issuer goes at index 99 so
    /// that it is added to any issuers the API's own configuration lists, not written over one.
    /// </summary>
    public IReadOnlyDictionary<string, string> ApiEnvironment => new Dictionary<string, string>
    {
        ["Stage__Auth__Issuers__99__Issuer"] = Issuer,
        ["Stage__Auth__Issuers__99__Audience"] = Audience,
        ["Stage__Auth__Issuers__99__SigningKeys__0"] = Convert.ToBase64String(_signingKey),
        ["Stage__Cursors__SigningKey"] = Convert.ToBase64String(_cursorKey),
    };

    /// <summary>A bearer token (HS256, valid for a day) for an account of the benchmark's issuer.</summary>
    public string Token(string subject)
    {
        var now = DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = subject },
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddDays(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(_signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The cursor of the event at <paramref name="position"/>, as the API signs it.</summary>
    public string EventCursorAt(long position)
    {
        var signer = new CursorSigner(Options.Create(new CursorOptions { SigningKey = Convert.ToBase64String(_cursorKey) }), NullLogger<CursorSigner>.Instance);
        return EventCursor.Encode(position, signer);
    }
}
