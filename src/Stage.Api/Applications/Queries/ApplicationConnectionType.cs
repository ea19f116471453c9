using GraphQL.Types;
using Stage.Api.Kit.Paging;

namespace Stage.Api.Applications.Queries;

public sealed class ApplicationConnectionType : ObjectGraphType<ApplicationConnection>
{
    public ApplicationConnectionType()
    {
        Name = "ApplicationConnection";
        Description = "A page of applications (Relay connection).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationEdgeType>>>>("edges")
            .Description("The applications of this page with their cursors.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApplicationType>>>>("nodes")
            .Description("The applications of this page.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ConnectionPageInfoType>>("pageInfo")
            .Description("Whether more pages exist, and the cursors to reach them.").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many applications match (all pages). Computed only when asked for.")
            .ResolveAsync(async c => await c.Source.CountAsync(c.CancellationToken));
    }
}
