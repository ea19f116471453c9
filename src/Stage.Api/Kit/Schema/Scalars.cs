using GraphQL.Types;

namespace Stage.Api.Kit.Schema;

/// <summary><see cref="DateOnly"/> under the name clients of HotChocolate servers know: <c>Date</c>.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date without time, in ISO 8601 format: `2026-06-15`.";
    }
}

/// <summary><see cref="DateTimeOffset"/> under the name clients of HotChocolate servers know: <c>DateTime</c>.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant with its UTC offset, in ISO 8601 format: `2026-06-15T08:30:00+02:00`.";
    }
}
