using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.ApiKeys;

/// <summary>Settings of API keys and browser origins (configuration section "Stage:ApiKeys").</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Stage:ApiKeys";

    /// <summary>
    /// How long a valid key is remembered without asking the database again: a revocation by another
    /// process (<c>./stage apikey revoke</c>) takes effect within this delay.
    /// </summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Browser origins allowed to call without a key (the project's own front-ends). Cross-origin
    /// browser requests from anywhere else need a key that lists their origin.
    /// </summary>
    public List<string> KeylessOrigins { get; set; } = [];
}

public static class ApiKeysSetup
{
    /// <summary>The key store and its settings (section "Stage:ApiKeys").</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<BrowserOriginRule>();
        return services;
    }

    /// <summary>Recognises <c>X-Api-Key</c>, then applies the key's (or the keyless) browser origins.</summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) =>
        app.UseMiddleware<ApiKeyMiddleware>().UseMiddleware<BrowserOriginMiddleware>();
}
