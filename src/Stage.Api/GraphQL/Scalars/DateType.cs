using GraphQL.Types;

namespace Stage.Api.GraphQL.Scalars;

/// <summary><see cref="DateOnly"/> under the name clients of HotChocolate servers know: <c>Date</c>.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date without time, in ISO 8601 format: `2026-06-15`.";
    }
}
