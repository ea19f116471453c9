using GraphQL.Types;
using Stage.Api.Kit.Paging;
using Stage.Api.Identity;

namespace Stage.Api.Schools.Pupils;

public sealed class PupilConnectionType : ObjectGraphType<PupilConnection>
{
    public PupilConnectionType()
    {
        Name = "PupilConnection";
        Description = "A page of a school's pupils (Relay connection), in alphabetical order of last then first name.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PupilEdgeType>>>>("edges")
            .Description("The pupils of this page with their cursors.").ResolveAsync(async c => await c.Source.EdgesAsync());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PupilType>>>>("nodes")
            .Description("The pupils of this page.").ResolveAsync(async c => await c.Source.NodesAsync());
        Field<NonNullGraphType<ConnectionPageInfoType>>("pageInfo")
            .Description("Whether more pages exist, and the cursors to reach them.").ResolveAsync(async c => await c.Source.PageInfoAsync());
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many pupils match the filter (all pages). Computed only when asked for.")
            .ResolveAsync(async c => await c.Source.TotalCountAsync());
    }
}
