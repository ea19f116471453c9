using GraphQL;
using GraphQL.DI;
using Stage.Api.GraphQL.Ide;
using Stage.Api.GraphQL.Persisted;

namespace Stage.Api.GraphQL.Limits;

/// <summary>What keeps the public endpoint up: limits, cost, timeout, persisted documents, introspection switch, GraphiQL's files.</summary>
public static class LimitsSetup
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<QueryLimitsOptions>(configuration.GetSection(QueryLimitsOptions.Section));
        services.Configure<PersistedOperationsOptions>(configuration.GetSection(PersistedOperationsOptions.Section));
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.Section));
        services.AddSingleton<TrustedDocuments>();
        services.AddHostedService<TrustedDocumentsCheck>();
        services.AddSingleton<AutomaticPersistedQueries>();
        services.AddSingleton<PersistedDocumentResolver>();
        services.AddSingleton<IdeAssets>();
        return services;
    }

    /// <summary>The execution step and validation rules; the rules also run for cached documents.</summary>
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder graphQL) => graphQL
        .ConfigureExecution<DocumentLimits>()
        .ConfigureExecution<ExecutionTimeout>()
        .AddValidationRule<QueryCostRule>(useForCachedDocuments: true)
        .AddValidationRule<IntrospectionSwitch>(useForCachedDocuments: true);
}
