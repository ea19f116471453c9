using System.Globalization;

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
