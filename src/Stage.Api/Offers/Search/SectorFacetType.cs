using GraphQL.Types;

namespace Stage.Api.Offers.Search;

public sealed class SectorFacetType : ObjectGraphType<FacetCount<Sector>>
{
    public SectorFacetType()
    {
        Name = "SectorFacet";
        Description = "How many matching offers belong to a sector.";
        Field<NonNullGraphType<SectorType>>("sector").Description("The sector.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}
