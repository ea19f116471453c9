using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Stage.Api.ApiKeys;

public static class ApiKeysSetup
{
    /// <summary>The key store and its settings (section "Stage:ApiKeys").</summary>
    public static IServiceCollection AddApiKeys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiKeyOptions>(configuration.GetSection(ApiKeyOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeyStore>();
        return services;
    }

    /// <summary>Recognises <c>X-Api-Key</c>, then applies the key's (or the keyless) browser origins.</summary>
    public static IApplicationBuilder UseApiKeys(this IApplicationBuilder app) =>
        app.UseMiddleware<ApiKeyMiddleware>().UseMiddleware<BrowserOriginMiddleware>();
}
