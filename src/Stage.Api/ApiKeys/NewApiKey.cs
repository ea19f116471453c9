namespace Stage.Api.ApiKeys;

/// <summary>What <c>apikey create</c> asks for; <see cref="ApiKeyCommand"/> reads it from the command line.</summary>
public sealed record NewApiKey(
    string Name,
    IReadOnlyList<string> RegionCodes,
    IReadOnlyList<string> DepartmentCodes,
    IReadOnlyList<string> AllowedOrigins,
    bool PersistedOperationsOnly,
    int? RateLimitPerMinute);
