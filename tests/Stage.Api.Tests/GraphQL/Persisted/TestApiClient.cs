using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Stage.Api.Kit.Requests;

namespace Stage.Api.Tests.GraphQL.Persisted;

/// <summary>
/// Stands in for the API-key middleware: a request with <c>X-Test-Client: persisted-only</c> (or <c>territory</c>)
/// carries the matching <see cref="ApiClient"/> feature.
/// </summary>
public sealed class TestApiClient : IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((http, following) =>
        {
            var client = http.Request.Headers[Header].ToString() switch
            {
                "persisted-only" => new ApiClient(Guid.NewGuid(), "embed", [], [], PersistedOperationsOnly: true),
                "territory" => new ApiClient(Guid.NewGuid(), "portal", ["84"], [], PersistedOperationsOnly: false),
                _ => null,
            };
            if (client is not null)
            {
                http.Features.Set(client);
            }

            return following(http);
        });
        next(app);
    };
}
