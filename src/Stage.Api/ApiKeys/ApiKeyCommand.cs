using System.Globalization;
using Stage.Api.Geography;

namespace Stage.Api.ApiKeys;

/// <summary>
/// <c>apikey create ...</c> (prints the key once, alone on the output, its details on the error writer),
/// <c>apikey list</c>, <c>apikey revoke ID</c>.
/// </summary>
public static class ApiKeyCommand
{
    public const int Usage = 2;
    private const string Help = "Usage: apikey create|list|revoke. " + NewApiKeyParser.Usage + " | apikey list | apikey revoke <id>";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        var store = services.GetRequiredService<ApiKeyStore>();
        try
        {
            switch (args.Count > 0 ? args[0] : "")
            {
                case "create":
                    var (key, secret) = await store.CreateAsync(NewApiKeyParser.Parse(args.Skip(1).ToList()), CancellationToken.None);
                    await errors.WriteLineAsync($"apikey: created {key.Id} ({key.Name}); the key below is shown only once, store it now.");
                    await output.WriteLineAsync(secret);
                    return 0;
                case "list" when args.Count == 1:
                    foreach (var listed in await store.ListAsync(CancellationToken.None))
                    {
                        await output.WriteLineAsync(Describe(listed));
                    }

                    return 0;
                case "revoke" when args.Count == 2 && Guid.TryParse(args[1], out var id):
                    if (await store.RevokeAsync(id, CancellationToken.None))
                    {
                        await errors.WriteLineAsync($"apikey: {id} revoked.");
                        return 0;
                    }

                    await errors.WriteLineAsync($"apikey: no key {id}.");
                    return 1;
                default:
                    throw new ArgumentException(Help);
            }
        }
        catch (ArgumentException e)
        {
            await errors.WriteLineAsync("apikey: " + e.Message);
            return Usage;
        }
    }

    private static string Describe(ApiKey key) => string.Join('\t',
        key.Id.ToString(),
        key.Name,
        "stage_" + key.Prefix + "_…",
        "regions=" + string.Join(',', key.RegionCodes),
        "departments=" + string.Join(',', key.DepartmentCodes),
        "origins=" + string.Join(',', key.AllowedOrigins),
        key.PersistedOperationsOnly ? "persisted-only" : "any-operation",
        "rate-limit=" + (key.RateLimitPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "default"),
        "created=" + key.CreatedAt.ToString("u", CultureInfo.InvariantCulture),
        key.RevokedAt is { } revoked ? "revoked=" + revoked.ToString("u", CultureInfo.InvariantCulture) : "active");
}

/// <summary>What <c>apikey create</c> asks for; <see cref="ApiKeyCommand"/> reads it from the command line.</summary>
public sealed record NewApiKey(
    string Name,
    IReadOnlyList<string> RegionCodes,
    IReadOnlyList<string> DepartmentCodes,
    IReadOnlyList<string> AllowedOrigins,
    bool PersistedOperationsOnly,
    int? RateLimitPerMinute);

/// <summary>
/// Reads <c>--name N [--regions 11,84] [--departments 75,2A] [--academies 10,70] [--origins https://a.fr,...] [--persisted-only]
/// [--rate-limit P]</c>; codes must be known INSEE codes, origins bare <c>scheme://host[:port]</c>.
/// </summary>
public static class NewApiKeyParser
{
    public const string Usage =
        "apikey create --name N [--regions 11,84] [--departments 75,2A] [--academies 10,70] [--origins https://a.fr] [--persisted-only] [--rate-limit P]";

    public static NewApiKey Parse(IReadOnlyList<string> args)
    {
        var request = new NewApiKey("", [], [], [], false, null);
        for (var i = 0; i < args.Count; i++)
        {
            request = args[i] switch
            {
                "--name" => request with { Name = Value(args, ref i) },
                "--regions" => request with { RegionCodes = Codes(Value(args, ref i), c => FrenchRegions.Find(c) is not null, "region") },
                "--departments" => request with { DepartmentCodes = [.. request.DepartmentCodes.Union(Codes(Value(args, ref i), c => FrenchDepartments.Find(c) is not null, "département"))] },
                // An académie is a fixed union of départements: the key keeps them, so a search needs no other rule.
                "--academies" => request with { DepartmentCodes = [.. request.DepartmentCodes.Union(FrenchAcademies.DepartmentsOf(Codes(Value(args, ref i), c => FrenchAcademies.Find(c) is not null, "académie")))] },
                "--origins" => request with { AllowedOrigins = [.. List(Value(args, ref i)).Select(Origin)] },
                "--persisted-only" => request with { PersistedOperationsOnly = true },
                "--rate-limit" => request with { RateLimitPerMinute = Positive(Value(args, ref i)) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. Usage: {Usage}"),
            };
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > ApiKeySecret.MaxNameLength)
        {
            throw new ArgumentException($"--name is required (1 to {ApiKeySecret.MaxNameLength} characters). Usage: {Usage}");
        }

        return request;
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value.");

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> Codes(string value, Func<string, bool> known, string what)
    {
        var codes = List(value).Select(c => c.ToUpperInvariant()).Distinct().ToList();
        var unknown = codes.Where(c => !known(c)).ToList();
        return unknown.Count == 0 ? codes : throw new ArgumentException($"Unknown {what} code(s): {string.Join(", ", unknown)}.");
    }

    private static string Origin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.UserInfo)
            ? uri.GetLeftPart(UriPartial.Authority)
            : throw new ArgumentException($"'{value}' is not an origin (scheme://host[:port], e.g. https://portail.example.fr).");

    private static int Positive(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var points) && points > 0
            ? points
            : throw new ArgumentException("--rate-limit must be a positive number of cost points per minute.");
}
