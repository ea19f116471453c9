using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Schools;

/// <summary>An idempotency key makes a retried pre-registration return the first result without writing twice.</summary>
public sealed class PreRegistrationIdempotencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_result_without_writing_again()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(3);

        var first = await PupilScenario.PreRegisterAsync(staff, rows, key: "import-2026-09-01");
        var count = await scenario.PupilCountAsync();
        var retry = await PupilScenario.PreRegisterAsync(staff, rows, key: "import-2026-09-01");
        var otherInput = await PupilScenario.PreRegisterAsync(staff, PupilScenario.Rows(3), key: "import-2026-09-01");

        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
        Assert.Equal(count, await scenario.PupilCountAsync());
        Assert.Equal("IdempotencyKeyReusedError", otherInput["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(0, otherInput["count"]!.GetValue<int>());
        Assert.Equal(count, await scenario.PupilCountAsync());
    }

    [Fact]
    public async Task A_refusal_is_kept_with_its_idempotency_key()
    {
        var scenario = new PupilScenario(api);
        var staff = await scenario.AsStaffAsync(await scenario.SchoolAsync());
        var rows = PupilScenario.Rows(2);
        rows[1]["firstName"] = " ";

        var first = await PupilScenario.PreRegisterAsync(staff, rows, key: "refused-once");
        var retry = await PupilScenario.PreRegisterAsync(staff, rows, key: "refused-once");

        Assert.Equal("PupilRowError", first["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), retry.ToJsonString());
    }
}
