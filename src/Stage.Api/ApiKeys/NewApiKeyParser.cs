using System.Globalization;
using Stage.Api.Geography;

namespace Stage.Api.ApiKeys;

/// <summary>
/// Reads <c>--name N [--regions 11,84] [--departments 75,2A] [--origins https://a.fr,...] [--persisted-only]
/// [--rate-limit P]</c>; codes must be known INSEE codes, origins bare <c>scheme://host[:port]</c>.
/// </summary>
public static class NewApiKeyParser
{
    public const string Usage =
        "apikey create --name N [--regions 11,84] [--departments 75,2A] [--origins https://a.fr] [--persisted-only] [--rate-limit P]";

    public static NewApiKey Parse(IReadOnlyList<string> args)
    {
        var request = new NewApiKey("", [], [], [], false, null);
        for (var i = 0; i < args.Count; i++)
        {
            request = args[i] switch
            {
                "--name" => request with { Name = Value(args, ref i) },
                "--regions" => request with { RegionCodes = Codes(Value(args, ref i), c => FrenchRegions.Find(c) is not null, "region") },
                "--departments" => request with { DepartmentCodes = Codes(Value(args, ref i), c => FrenchDepartments.Find(c) is not null, "département") },
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
