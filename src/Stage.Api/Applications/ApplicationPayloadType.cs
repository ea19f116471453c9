using GraphQL.Types;

namespace Stage.Api.Applications;

/// <summary>The payload of one application mutation, whose typed errors are the union <typeparamref name="TErrors"/>.</summary>
public sealed class ApplicationPayloadType<TErrors> : ObjectGraphType<ApplicationPayload>
    where TErrors : UnionGraphType, new()
{
    public ApplicationPayloadType()
    {
        var errors = new TErrors().Name;
        Name = errors.Replace("Error", "Payload", StringComparison.Ordinal);
        Description = "The application as it now stands, or why the change was refused.";
        Field<ApplicationType>("application")
            .Description("The application (unchanged when refused); null when there is none to show.").Resolve(c => c.Source.Application);
        Field<ListGraphType<NonNullGraphType<TErrors>>>("errors")
            .Description("Why the change was refused; null when it was made.").Resolve(c => c.Source.Errors);
    }
}
