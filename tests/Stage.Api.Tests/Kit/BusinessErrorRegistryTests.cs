using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Kit.Mutations;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Kit;

/// <summary>Every refusal a mutation can answer is registered once, and an idempotent retry gets it back whole.</summary>
public sealed class BusinessErrorRegistryTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Every_registered_error_survives_the_replay_storage()
    {
        var errors = BusinessErrorRegistry.GraphTypes.Keys.Select(Sample).ToList();
        Assert.NotEmpty(errors);

        var replayed = BusinessErrorRegistry.Read<IReadOnlyList<IBusinessError>>(BusinessErrorRegistry.Write<IReadOnlyList<IBusinessError>>(errors));

        Assert.Equal(errors.Count, replayed.Count);
        foreach (var (error, back) in errors.Zip(replayed))
        {
            Assert.Equal(error.GetType(), back.GetType());
            Assert.Equal(JsonSerializer.Serialize(error, error.GetType()), JsonSerializer.Serialize(back, back.GetType()));
        }
    }

    [Fact]
    public void Every_member_of_every_error_union_is_a_registered_error()
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var unions = schema.AllTypes.OfType<UnionGraphType>().Where(u => u.Name.EndsWith("Error", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(unions);

        var unregistered = new List<string>();
        foreach (var union in unions)
        {
            Assert.IsAssignableFrom<ErrorUnionType>(union);
            foreach (var member in union.PossibleTypes)
            {
                var record = member.GetType().BaseType is { IsGenericType: true } baseType ? baseType.GetGenericArguments()[0] : null;
                if (record is null || !BusinessErrorRegistry.GraphTypes.TryGetValue(record, out var graphType) || graphType != member.GetType())
                {
                    unregistered.Add($"{union.Name}.{member.Name}");
                }
            }
        }

        Assert.True(unregistered.Count == 0, "Not in the registry: " + string.Join(", ", unregistered));
    }

    /// <summary>An instance of <paramref name="type"/> whose every property has a value other than its default.</summary>
    private static IBusinessError Sample(Type type)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var arguments = constructor.GetParameters().Select(p => SampleValue(p.ParameterType, p.Name ?? "value")).ToArray();
        return (IBusinessError)constructor.Invoke(arguments);
    }

    private static object SampleValue(Type type, string name) => type switch
    {
        _ when type == typeof(string) => $"the {name}",
        _ when type == typeof(int) => 7,
        _ when type == typeof(long) => 7L,
        _ when type == typeof(IReadOnlyList<string>) => new[] { $"first {name}", $"second {name}" },
        { IsEnum: true } => Enum.GetValues(type).Cast<object>().Last(),
        _ => throw new InvalidOperationException(
            $"No sample value for {type.Name} {name}: teach {nameof(SampleValue)} this type so that the error's replay is checked."),
    };
}
