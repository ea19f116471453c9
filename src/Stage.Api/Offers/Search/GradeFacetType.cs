using GraphQL.Types;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

public sealed class GradeFacetType : ObjectGraphType<FacetCount<Grade>>
{
    public GradeFacetType()
    {
        Name = "GradeFacet";
        Description = "How many matching offers are open to a grade.";
        Field<NonNullGraphType<GradeType>>("grade").Description("The grade.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}
