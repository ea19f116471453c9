using System.Text.Json.Nodes;
using Stage.Api.Identity;
using Stage.Api.Identity.Development;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Realtime;

/// <summary>An employer's offer, a pupil's application to it, and the tokens and clients of both.</summary>
public sealed record RealtimeScenario(
    Offer Offer, EmployerMember Member, Pupil Pupil, string ApplicationId,
    GraphQLClient Employer, GraphQLClient PupilClient, string EmployerToken, string PupilToken)
{
    public const string EventFields = "cursor applicationId from to authorRole occurredAt application { status }";

    public static async Task<RealtimeScenario> CreateAsync(ApiFixture api, Action<Offer>? customize = null)
    {
        var scenario = new ApplicationScenario(api);
        var (employer, member) = await scenario.EmployerAsync();
        var offer = await scenario.OfferAsync(employer, customize);
        var pupil = await scenario.PupilAsync(await scenario.SchoolAsync());
        var pupilClient = await scenario.AsPupilAsync(pupil);
        var applied = await ApplicationScenario.ApplyAsync(pupilClient, offer);
        return new RealtimeScenario(
            offer, member, pupil, applied["application"]!["id"]!.GetValue<string>(),
            await scenario.AsEmployerAsync(member), pupilClient,
            await api.TokenForAsync(DevelopmentLogin.Employer(member.Email)),
            await api.TokenForAsync(DevelopmentLogin.Pupil(pupil.Ine)));
    }

    public Task<JsonNode> ChangeAsync(string mutation) =>
        ApplicationScenario.ChangeAsync(mutation == "confirmApplication" || mutation == "withdrawApplication" ? PupilClient : Employer, mutation, ApplicationId);

    /// <summary>The cursor of the application's last history entry, as a client resuming would read it.</summary>
    public async Task<string> LastCursorAsync()
    {
        var data = await PupilClient.QueryAsync("query ($id: ID!) { node(id: $id) { ... on Application { history { cursor } } } }", new { id = ApplicationId });
        return data["node"]!["history"]!.AsArray().Last()!["cursor"]!.GetValue<string>();
    }
}
