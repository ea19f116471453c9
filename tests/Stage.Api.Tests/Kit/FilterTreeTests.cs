using Stage.Api.Data.Sql;
using Stage.Api.Kit.Errors;
using Stage.Api.Kit.Filtering;

namespace Stage.Api.Tests.Kit;

/// <summary>A <c>where</c> argument is checked once, while it is read; translating the tree cannot fail.</summary>
public sealed class FilterTreeTests
{
    private sealed record Row(string Title, int Seats, DateTimeOffset At);

    private static readonly ColumnField<string> Title = new("r.title");

    private static readonly FilterFields SqlFields = new("Rows")
    {
        ["title"] = Title,
        ["seats"] = new ColumnField<int>("r.seats"),
        ["tags"] = new ArrayField("r.tags", new ColumnField<string>("x")),
    };

    private static readonly FilterFields LinqFields = new("Rows")
    {
        ["title"] = new PropertyField<Row, string>(r => r.Title),
        ["seats"] = new PropertyField<Row, int>(r => r.Seats),
        ["at"] = new PropertyField<Row, DateTimeOffset>(r => r.At, t => t.ToUniversalTime()),
    };

    [Theory]
    [InlineData("where.or[1].title.in", ErrorCodes.EmptyList)]
    [InlineData("where.or[0].seats.gt", ErrorCodes.InvalidFilter)]
    [InlineData("where.or[1].colour", ErrorCodes.InvalidFilter)]
    [InlineData("where.or[1].tags.some", ErrorCodes.InvalidFilter)]
    public void A_mistake_deep_in_the_tree_names_its_path(string argument, string code)
    {
        var (first, second) = argument.Split('.')[^2..] switch
        {
            ["seats", "gt"] => (Where(("seats", Where(("gt", null)))), Where(("title", Where(("eq", "a"))))),
            ["title", "in"] => (Where(("title", Where(("eq", "a")))), Where(("title", Where(("in", Array.Empty<object>()))))),
            ["tags", "some"] => (Where(("title", Where(("eq", "a")))), Where(("tags", Where(("some", "not a condition"))))),
            _ => (Where(("title", Where(("eq", "a")))), Where(("colour", Where(("eq", "red"))))),
        };

        var error = Assert.Throws<InvalidArgumentError>(() => FilterArgument.Read(Where(("or", new[] { first, second })), SqlFields, "where"));

        Assert.Equal(argument, error.Argument);
        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void A_field_given_as_null_is_refused_rather_than_ignored()
    {
        var error = Assert.Throws<InvalidArgumentError>(() => FilterArgument.Read(Where(("title", null)), SqlFields, "where"));

        Assert.Equal(("where.title", ErrorCodes.InvalidFilter), (error.Argument, error.Code));
    }

    [Fact]
    public void The_tree_becomes_one_parameterised_condition_and_knows_its_fields()
    {
        var tree = FilterArgument.Read(Where(
            ("or", new[] { Where(("title", Where(("startsWith", "Boul")))), Where(("seats", Where(("in", new object[] { 1, 2 })))) }),
            ("tags", Where(("any", true)))), SqlFields, "where");
        var parameters = new SqlParameters();

        var sql = FilterArgument.Sql(tree, parameters);

        Assert.Equal(
            "((((coalesce(starts_with(r.title, $1), false))) OR ((coalesce(r.seats = ANY($2), false)))) AND (cardinality(r.tags) > 0))", sql);
        Assert.Equal("Boul", parameters.All[0].Value);
        Assert.Equal([1, 2], (int[])parameters.All[1].Value!);
        Assert.True(tree.Mentions(Title));
        Assert.False(FilterArgument.Read(Where(("seats", Where(("gt", 1)))), SqlFields, "where").Mentions(Title));
    }

    [Fact]
    public void The_same_tree_filters_entities_through_LINQ()
    {
        var noon = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        Row[] rows = [new("Boulangerie", 1, noon), new("Bibliothèque", 3, noon.AddHours(2)), new("Garage", 0, noon.AddHours(4))];
        var tree = FilterArgument.Read(Where(
            ("seats", Where(("nin", new object[] { 0 }))),
            ("or", new[] { Where(("title", Where(("eq", "Boulangerie")))), Where(("at", Where(("gt", noon.ToOffset(TimeSpan.FromHours(1)).AddHours(1))))) })),
            LinqFields, "where");

        var kept = FilterArgument.Apply(rows.AsQueryable(), tree).Select(r => r.Title);

        Assert.Equal(["Boulangerie", "Bibliothèque"], kept);
    }

    private static Dictionary<string, object?> Where(params (string Name, object? Value)[] entries) =>
        entries.ToDictionary(entry => entry.Name, entry => entry.Value);
}
