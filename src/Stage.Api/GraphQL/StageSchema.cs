using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using Stage.Api.Kit.Schema;

namespace Stage.Api.GraphQL;

/// <summary>
/// The schema, introspected as the current GraphQL specification and graphql-js 16/17 ask: directives say
/// whether they repeat, arguments and input fields may be deprecated (and <c>includeDeprecated</c> lists them),
/// scalars give their <c>specifiedByURL</c>, input objects whether they are <c>@oneOf</c>.
/// </summary>
public sealed class StageSchema : Schema
{
    public StageSchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription) : base(services)
    {
        Description = "Stage: observation internships for pupils of 4e, 3e and 2nde in France.";
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Directives.Register(SpecifiedByDirective(), OneOfDirective());
        RegisterType(new TextGraphType { Name = "String" });
        RegisterType(new IdentifierGraphType { Name = "ID" });
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.RegisterTypeMapping<DateOnly, DateType>();
        this.RegisterTypeMapping<DateTimeOffset, DateTimeType>();
    }

    /// <summary>
    /// GraphQL.NET 8 lacks two parts of current introspection: <c>__Type.specifiedByURL</c>, and
    /// <c>includeDeprecated</c> on <c>__Directive.args</c>. Both are added before the types are built.
    /// </summary>
    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("Where the behaviour of a custom scalar is specified; null for other types and the built-in scalars.")
                .Resolve(context => context.Source is ScalarGraphType scalar ? ScalarSpecifications.UrlOf(scalar) : null);
        }

        if (graphType is __Directive directive && directive.GetField("args") is { Arguments: null } args)
        {
            args.Arguments = new QueryArguments(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false });
            args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                ((IEnumerable<QueryArgument>?)context.Source.Arguments ?? []).Where(argument =>
                    context.GetArgument<bool>(IncludeDeprecated) || string.IsNullOrEmpty(argument.DeprecationReason)));
        }
    }

    private const string IncludeDeprecated = "includeDeprecated";

    private static SpecifiedDirective SpecifiedByDirective() => new SpecifiedDirective(ScalarSpecifications.DirectiveName, DirectiveLocation.Scalar)
    {
        Description = "Exposes a URL that specifies the behaviour of this scalar.",
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
        {
            Name = ScalarSpecifications.UrlArgument,
            Description = "The URL that specifies the behaviour of this scalar.",
        }),
    };

    private static SpecifiedDirective OneOfDirective() => new SpecifiedDirective("oneOf", DirectiveLocation.InputObject)
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>A directive of the specification, listed by introspection although it applies to the schema, not to requests.</summary>
    private sealed class SpecifiedDirective(string name, DirectiveLocation location) : Directive(name, location)
    {
        public override bool? Introspectable => true;
    }
}
