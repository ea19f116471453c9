using GraphQL.Types;
using Stage.Api.Geography;

namespace Stage.Api.Offers.Search;

public sealed class DepartmentFacetType : ObjectGraphType<FacetCount<string>>
{
    public DepartmentFacetType()
    {
        Name = "DepartmentFacet";
        Description = "How many matching offers lie in a département.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The département code (01..95, 2A, 2B, 971..976).").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The département's name, in French.")
            .Resolve(c => FrenchDepartments.Find(c.Source.Value)?.Name ?? c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}
