namespace Stage.Api.GraphQL.Http;

/// <summary>Settings of the GraphQL-over-HTTP endpoint (configuration section "GraphQL:Http").</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL:Http";

    /// <summary>The largest request body accepted; larger ones get 413. A pre-registration of 1,000 pupils needs about 330 KB.</summary>
    public int MaxRequestBytes { get; set; } = 1024 * 1024;
}
