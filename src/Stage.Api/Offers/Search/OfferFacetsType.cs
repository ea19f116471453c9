using GraphQL.Types;

namespace Stage.Api.Offers.Search;

public sealed class OfferFacetsType : ObjectGraphType<OfferFacets>
{
    public OfferFacetsType()
    {
        Name = "OfferFacets";
        Description = "Counts of the offers a search matches, by sector, département and grade; largest first, empty groups left out.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorFacetType>>>>("sectors")
            .Description("Offers per sector of activity.").Resolve(c => c.Source.Sectors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentFacetType>>>>("departments")
            .Description("Offers per département (offers abroad have none).").Resolve(c => c.Source.Departments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeFacetType>>>>("grades")
            .Description("Offers per grade; an offer open to 4e and 3e counts in both.").Resolve(c => c.Source.Grades);
    }
}
