using GraphQL;
using GraphQL.Types;

namespace Stage.Api.Kit.Schema;

/// <summary><see cref="DateOnly"/> under the name clients of HotChocolate servers know: <c>Date</c>.</summary>
public sealed class DateType : DateOnlyGraphType
{
    public DateType()
    {
        Name = "Date";
        Description = "A calendar date without time, in ISO 8601 format: `2026-06-15`.";
        this.SpecifiedBy("https://scalars.graphql.org/andimarek/local-date.html");
    }
}

/// <summary><see cref="DateTimeOffset"/> under the name clients of HotChocolate servers know: <c>DateTime</c>.</summary>
public sealed class DateTimeType : DateTimeOffsetGraphType
{
    public DateTimeType()
    {
        Name = "DateTime";
        Description = "An instant with its UTC offset, in ISO 8601 format: `2026-06-15T08:30:00+02:00`.";
        this.SpecifiedBy("https://scalars.graphql.org/andimarek/date-time.html");
    }
}

/// <summary>
/// <c>@specifiedBy(url:)</c> on the schema's own scalars: applied once, printed in the SDL and read back by
/// introspection's <c>specifiedByURL</c>.
/// </summary>
public static class ScalarSpecifications
{
    public const string DirectiveName = "specifiedBy";
    public const string UrlArgument = "url";

    public static void SpecifiedBy(this ScalarGraphType scalar, string url) => scalar.ApplyDirective(DirectiveName, UrlArgument, url);

    public static string? UrlOf(ScalarGraphType scalar) => scalar.FindAppliedDirective(DirectiveName)?.FindArgument(UrlArgument)?.Value as string;
}
