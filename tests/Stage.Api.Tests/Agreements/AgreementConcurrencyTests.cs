using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Agreements;

/// <summary>Signatures arriving together: each is kept once and exactly one of them completes the agreement.</summary>
public sealed class AgreementConcurrencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Four_signatures_at_once_make_one_signed_by_all_event()
    {
        var world = await new AgreementScenario(api).WorldAsync();
        await AgreementScenario.ValidateAsync(world);
        var token = await AgreementJourneyTests.IssueTokenAsync(world);
        var input = new { agreementId = world.AgreementId };

        await Task.WhenAll(
            AgreementScenario.RunAsync(world.Head, "signAgreement", input),
            AgreementScenario.RunAsync(world.Host, "signAgreement", input),
            AgreementScenario.RunAsync(world.PupilClient, "signAgreement", input),
            AgreementScenario.RunAsync(world.Host, "signAgreement", input),
            world.Anonymous.QueryAsync(
                "mutation ($input: SignAgreementWithTokenInput!) { signAgreementWithToken(input: $input) { errors { __typename } } }",
                new { input = new { token } }));

        var agreement = (await world.Teacher.QueryAsync(
            "query ($id: ID!) { node(id: $id) { ... on Agreement { status signatures { role } history { to } } } }", new { id = world.AgreementId }))["node"]!;
        Assert.Equal("SIGNED_BY_ALL", agreement["status"]!.GetValue<string>());
        Assert.Equal(4, agreement["signatures"]!.AsArray().Count);
        Assert.Single(agreement["history"]!.AsArray(), e => e!["to"]!.GetValue<string>() == "SIGNED_BY_ALL");
    }
}
