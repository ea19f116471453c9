using GraphQL.Types;
using Stage.Api.GraphQL;

namespace Stage.Api.Offers;

public sealed class SectorQueries : IQueryFields
{
    public void AddTo(QueryType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors")
            .Description("The 51 sectors of activity, ordered by code number (s1..s51).")
            .Resolve(_ => Sectors.All);
}
