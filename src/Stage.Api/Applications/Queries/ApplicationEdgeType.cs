using GraphQL.Types;

namespace Stage.Api.Applications.Queries;

public sealed class ApplicationEdgeType : ObjectGraphType<ApplicationEdge>
{
    public ApplicationEdgeType()
    {
        Name = "ApplicationEdge";
        Description = "An application in a page, with its cursor.";
        Field(e => e.Cursor).Description("An opaque cursor: pass it as `after` or `before` to page from this application.");
        Field<NonNullGraphType<ApplicationType>>("node").Description("The application.").Resolve(c => c.Source.Node);
    }
}
