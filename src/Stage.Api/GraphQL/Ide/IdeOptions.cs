using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Stage.Api.GraphQL.Ide;

/// <summary>Introspection and the GraphiQL page (configuration section "GraphQL:Ide").</summary>
public sealed class IdeOptions
{
    public const string Section = "GraphQL:Ide";

    /// <summary>Whether introspection is answered (a public API keeps it on); off, it is refused with NO_INTROSPECTION.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Whether a browser opening the endpoint gets GraphiQL.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary>
    /// The folder holding GraphiQL's page and its npm packages (the repository's <c>ide</c> folder, installed with
    /// <c>npm ci</c>); when empty, the first <c>ide</c> folder found above the content root or the binaries.
    /// </summary>
    public string? Path { get; set; }
}

/// <summary>
/// GraphQL.NET's <see cref="NoIntrospectionValidationRule"/> (code NO_INTROSPECTION, <c>__typename</c> still
/// allowed) when <see cref="IdeOptions.Introspection"/> is off; nothing otherwise.
/// </summary>
public sealed class IntrospectionSwitch(IOptionsMonitor<IdeOptions> options) : IValidationRule
{
    public ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        options.CurrentValue.Introspection ? default : NoIntrospectionValidationRule.Instance.GetPreNodeVisitorAsync(context);

    public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => default;

    public ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => default;
}

public static class IdeSetup
{
    /// <summary>GraphiQL's files and the introspection switch's settings (section "GraphQL:Ide").</summary>
    public static IServiceCollection AddGraphiQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<IdeOptions>(configuration.GetSection(IdeOptions.Section));
        services.AddSingleton<IdeAssets>();
        return services;
    }

    /// <summary>The introspection switch, which also runs for cached documents (the setting may change while they are cached).</summary>
    public static IGraphQLBuilder AddIntrospectionSwitch(this IGraphQLBuilder graphQL) =>
        graphQL.AddValidationRule<IntrospectionSwitch>(useForCachedDocuments: true);
}
