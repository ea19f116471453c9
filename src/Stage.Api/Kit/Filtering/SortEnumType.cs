using GraphQL.Types;

namespace Stage.Api.Kit.Filtering;

public sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "A sort direction.";
        Add("ASC", SortDirection.Ascending, "Smallest first (A to Z, oldest first, nearest first).");
        Add("DESC", SortDirection.Descending, "Largest first (Z to A, newest first, most relevant first).");
    }
}
