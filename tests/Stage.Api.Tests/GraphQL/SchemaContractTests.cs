using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.GraphQL;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.GraphQL;

/// <summary>schema/stage.graphql is the public contract: it must be the live schema, fully described.</summary>
public sealed class SchemaContractTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_schema_file_is_the_live_schema()
    {
        var live = SchemaFile.Print(api.Factory.Services.GetRequiredService<ISchema>());
        var file = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema", "stage.graphql"));
        Assert.True(string.Equals(file, live, StringComparison.Ordinal),
            "schema/stage.graphql differs from the live schema. If the change is deliberate, regenerate it with `./stage schema` and review the diff.");
    }

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !IsBuiltInScalar(t)))
        {
            Check(type.Description, type.Name);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(field.Description, $"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check(argument.Description, $"{type.Name}.{field.Name}({argument.Name})");
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check(value.Description, $"{type.Name}.{value.Name}");
                }
            }
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));

        void Check(string? description, string where)
        {
            if (string.IsNullOrWhiteSpace(description))
            {
                missing.Add(where);
            }
        }
    }

    private static bool IsBuiltInScalar(IGraphType type) =>
        type is ScalarGraphType && type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
}
