using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Kit;

/// <summary>Every mutation can answer an invalid field as a typed error, never as an internal error.</summary>
public sealed class MutationErrorUnionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Every_mutation_error_union_holds_InvalidFieldError()
    {
        var schema = api.Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var mutations = schema.Mutation!.Fields.ToList();
        var unions = mutations.Select(field => (field.Name, Errors: ErrorsUnionOf(field.ResolvedType!))).ToList();

        Assert.True(mutations.Count >= 15, $"only {mutations.Count} mutations found");
        Assert.Empty(unions.Where(m => m.Errors is null).Select(m => m.Name));
        Assert.Empty(unions.Where(m => !m.Errors!.PossibleTypes.Any(t => t.Name == "InvalidFieldError")).Select(m => m.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_bad_idempotency_key_on_a_status_change_is_an_invalid_field(int length)
    {
        var key = new string('k', length);
        var scenario = new ApplicationScenario(api);
        var school = await scenario.SchoolAsync();
        var (employer, member) = await scenario.EmployerAsync();
        var pupil = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
        var applicationId = (await ApplicationScenario.ApplyAsync(pupil, await scenario.OfferAsync(employer)))["application"]!["id"]!.GetValue<string>();
        var host = await scenario.AsEmployerAsync(member);

        var payload = (await host.QueryAsync(
            "mutation ($input: MarkApplicationReadInput!) { markApplicationRead(input: $input) { application { status } errors { __typename ... on InvalidFieldError { field } } } }",
            new { input = new { applicationId, idempotencyKey = key } }))["markApplicationRead"]!;

        Assert.Null(payload["application"]);
        Assert.Equal("InvalidFieldError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("idempotencyKey", payload["errors"]![0]!["field"]!.GetValue<string>());
    }

    private static UnionGraphType? ErrorsUnionOf(IGraphType payload) =>
        Unwrap(payload) is IComplexGraphType { } type && type.GetField("errors")?.ResolvedType is { } errors
            ? Unwrap(errors) as UnionGraphType
            : null;

    private static IGraphType Unwrap(IGraphType type) => type is IProvideResolvedType wrapper ? Unwrap(wrapper.ResolvedType!) : type;
}
