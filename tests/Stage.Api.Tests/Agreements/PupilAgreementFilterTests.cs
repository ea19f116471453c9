using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>Staff find the pupils whose confirmed internship still lacks a signed agreement.</summary>
public sealed class PupilAgreementFilterTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "query ($where: PupilFilterInput) { pupils(first: 100, where: $where) { totalCount nodes { lastName } } }";

    private static readonly string[] Validated = ["VALIDATED_BY_SCHOOL"];

    [Fact]
    public async Task The_pupils_connection_filters_on_the_status_of_their_agreements()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        var withoutInternship = await new ApplicationScenario(api).PupilAsync(world.School);

        Assert.Equal(new[] { world.Pupil.LastName, withoutInternship.LastName }.Order(StringComparer.Ordinal), await LastNamesAsync(world, null));
        Assert.Equal([world.Pupil.LastName], await LastNamesAsync(world, new { agreementStatus = new { neq = "SIGNED_BY_ALL" } }));
        Assert.Empty(await LastNamesAsync(world, new { agreementStatus = new { eq = "SIGNED_BY_ALL" } }));
        await AgreementScenario.ValidateAsync(world);
        Assert.Equal([world.Pupil.LastName], await LastNamesAsync(world, new { agreementStatus = new { @in = Validated } }));
        Assert.Empty(await LastNamesAsync(world, new { agreementStatus = new { eq = "DRAFT" } }));
    }

    private static async Task<IEnumerable<string>> LastNamesAsync(AgreementWorld world, object? where)
    {
        var pupils = (await world.Teacher.QueryAsync(Query, new { where }))["pupils"]!;
        var names = pupils["nodes"]!.AsArray().Select(p => p!["lastName"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names.Count, pupils["totalCount"]!.GetValue<int>());
        return names;
    }
}
