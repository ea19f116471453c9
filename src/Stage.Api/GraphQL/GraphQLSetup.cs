using System.Text.Encodings.Web;
using GraphQL;
using Stage.Api.GraphQL.Execution;
using Stage.Api.GraphQL.Http;
using Stage.Api.GraphQL.Ide;
using Stage.Api.GraphQL.Persisted;
using Stage.Api.GraphQL.Realtime;
using Stage.Api.GraphQL.Limits;
using Stage.Api.Kit.Relay;
using Stage.Api.GraphQL.WebSockets;
using Stage.Api.Kit.Schema;

namespace Stage.Api.GraphQL;

public static class GraphQLSetup
{
    /// <summary>The schema chain in one place: types, serializer, error masking, feature fields, node sources.</summary>
    public static IServiceCollection AddStageGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GraphQLRequestExecutor>();
        services.AddSingleton<RealtimeConnections>();
        services.AddSingleton<WebSocketProtocol, TransportWsProtocol>();
        services.AddSingleton<WebSocketProtocol, LegacyWsProtocol>();
        services.Configure<GraphQLHttpOptions>(configuration.GetSection(GraphQLHttpOptions.Section));
        services.AddRequestLimits(configuration);
        services.AddPersistedOperations(configuration);
        services.AddGraphiQL(configuration);
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<StageSchema>()
            .AddGraphTypes(typeof(StageSchema).Assembly)
            .AddSystemTextJson(json => json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<MaskingErrorInfoProvider>()
            .ConfigureExecution<IntrospectionResultCache>()
            .ConfigureExecution<ValidatedDocumentCache>()
            .UseStageTelemetry()
            .AddRequestLimits()
            .ConfigureExecution<StreamlessSubscriptionRefusal>()
            .AddIntrospectionSwitch()
            .AddUnhandledExceptionHandler(context =>
            {
                // An event stream may end with an error meant for the client (a slow consumer): not a fault.
                if (context.OriginalException is not ExecutionError)
                {
                    context.ExecutionOptions.RequestServices?.GetRequiredService<ILogger<StageSchema>>()
                        .LogError(context.OriginalException, "Unhandled error while executing a GraphQL request");
                }
            }));

        foreach (var type in typeof(StageSchema).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            if (typeof(IQueryFields).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IQueryFields), type);
            }

            if (typeof(IMutationFields).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(IMutationFields), type);
            }

            if (typeof(ISubscriptionFields).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(ISubscriptionFields), type);
            }

            if (typeof(INodeSource).IsAssignableFrom(type))
            {
                services.AddSingleton(typeof(INodeSource), type);
            }

            foreach (var contribution in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IObjectTypeFields<>)))
            {
                services.AddSingleton(contribution, type);
            }
        }

        return services;
    }
}
