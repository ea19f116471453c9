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

/// <summary>
/// Text a client sends is valid Unicode without NUL: PostgreSQL refuses NUL in text, and an unpaired surrogate
/// is no character at all. Replaces the built-in <c>String</c> and <c>ID</c> so that every argument, input
/// field and variable is checked while the request is validated, before anything runs.
/// </summary>
public static class ClientText
{
    public static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || char.IsLowSurrogate(c) || (char.IsHighSurrogate(c) && (++i == text.Length || !char.IsLowSurrogate(text[i]))))
            {
                return false;
            }
        }

        return true;
    }

    public static object? Checked(object? value) => value is string text && !IsValid(text)
        ? throw new InvalidOperationException("Text cannot hold the NUL character or an unpaired surrogate (invalid Unicode).")
        : value;
}

/// <summary>The built-in <c>String</c>, refusing text that is not valid Unicode or holds NUL (see <see cref="ClientText"/>).</summary>
public sealed class TextGraphType : StringGraphType
{
    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) => ClientText.Checked(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => ClientText.Checked(base.ParseValue(value));
}

/// <summary>The built-in <c>ID</c>, refusing text that is not valid Unicode or holds NUL (see <see cref="ClientText"/>).</summary>
public sealed class IdentifierGraphType : IdGraphType
{
    public override object? ParseLiteral(GraphQLParser.AST.GraphQLValue value) => ClientText.Checked(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => ClientText.Checked(base.ParseValue(value));
}
