using Microsoft.IdentityModel.Tokens;

namespace Stage.Api.Identity.Authentication;

/// <summary>
/// The issuers this process trusts, read once from configuration. The development issuer is added
/// only when it has a key and the environment is not Production; in Production it is left out even
/// when listed among the issuers.
/// </summary>
public sealed class TrustedIssuers
{
    private readonly Dictionary<string, TrustedIssuer> _byIssuer;

    private TrustedIssuers(IReadOnlyList<TrustedIssuer> all, TrustedIssuer? development)
    {
        All = all;
        Development = development;
        _byIssuer = all.ToDictionary(i => i.Issuer, StringComparer.Ordinal);
    }

    public IReadOnlyList<TrustedIssuer> All { get; }

    /// <summary>The development issuer, or null where development tokens are not accepted.</summary>
    public TrustedIssuer? Development { get; }

    /// <summary>The authentication scheme that checks tokens of <paramref name="issuer"/>, or null when it is not trusted.</summary>
    public string? SchemeFor(string? issuer) => issuer is not null && _byIssuer.TryGetValue(issuer, out var trusted) ? trusted.Scheme : null;

    public static TrustedIssuers From(StageAuthOptions options, IHostEnvironment environment)
    {
        var production = environment.IsProduction();
        var developmentNames = new HashSet<string>(StringComparer.Ordinal) { DevelopmentIssuerOptions.DefaultIssuer, options.Development.Issuer };
        var all = new List<TrustedIssuer>();
        foreach (var configured in options.Issuers.Where(i => !production || !developmentNames.Contains(i.Issuer)))
        {
            all.Add(Create(configured, all.Count));
        }

        TrustedIssuer? development = null;
        if (!production && !string.IsNullOrWhiteSpace(options.Development.SigningKey))
        {
            var dev = new TrustedIssuerOptions { Issuer = options.Development.Issuer, Audience = options.Development.Audience };
            dev.SigningKeys.Add(options.Development.SigningKey);
            development = Create(dev, all.Count);
            all.Add(development);
        }

        var duplicate = all.GroupBy(i => i.Issuer, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new TrustedIssuers(all, development)
            : throw new InvalidOperationException($"{StageAuthOptions.Section}: the issuer '{duplicate.Key}' is configured more than once.");
    }

    private static TrustedIssuer Create(TrustedIssuerOptions options, int index)
    {
        if (string.IsNullOrWhiteSpace(options.Issuer) || string.IsNullOrWhiteSpace(options.Audience))
        {
            throw new InvalidOperationException($"{StageAuthOptions.Section}: every issuer needs an Issuer and an Audience.");
        }

        if (options.SigningKeys.Count == 0 && string.IsNullOrWhiteSpace(options.Authority))
        {
            throw new InvalidOperationException($"{StageAuthOptions.Section}: the issuer '{options.Issuer}' needs SigningKeys or an Authority.");
        }

        var keys = options.SigningKeys.Select(key => SigningKeyParser.Parse(key, options.Issuer)).ToList();
        return new TrustedIssuer($"Bearer.{index}", options.Issuer, options.Audience, keys,
            string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority, options.RequireHttpsMetadata);
    }
}

/// <summary>An issuer whose tokens are accepted, checked by its own JwtBearer scheme.</summary>
public sealed record TrustedIssuer(
    string Scheme,
    string Issuer,
    string Audience,
    IReadOnlyList<SecurityKey> SigningKeys,
    string? Authority,
    bool RequireHttpsMetadata);
