using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Stage.Api.Kit.Relay;
using Stage.Api.Identity;
using Stage.Api.Identity.Development;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Applications;

/// <summary>
/// People and offers for application tests, and HTTP clients signed in as them with development
/// tokens, as a third-party front-end would be.
/// </summary>
public sealed class ApplicationScenario(ApiFixture api, WebApplicationFactory<Program>? factory = null)
{
    private readonly WebApplicationFactory<Program> _factory = factory ?? api.Factory;

    private static int s_serial;

    public async Task<School> SchoolAsync(SchoolKind kind = SchoolKind.Lycee)
    {
        await using var db = api.CreateDbContext();
        var serial = Interlocked.Increment(ref s_serial);
        return await db.AddSchoolAsync(s =>
        {
            s.Uai = $"{serial % 10_000_000:0000000}{(char)('A' + (serial % 26))}";
            s.Kind = kind;
        });
    }

    public async Task<Pupil> PupilAsync(School school, Grade grade = Grade.Seconde)
    {
        await using var db = api.CreateDbContext();
        var serial = Interlocked.Increment(ref s_serial);
        var pupil = new Pupil
        {
            Ine = $"{serial:000000000}A{(char)('A' + (serial % 26))}",
            FirstName = "Léa",
            LastName = "Martin" + serial,
            Grade = grade,
            ClassName = "2nde 4",
            SchoolId = school.Id,
            BirthDate = new DateOnly(2010, 5, 12),
        };
        db.Pupils.Add(pupil);
        await db.SaveChangesAsync();
        return pupil;
    }

    public async Task<(Employer Employer, EmployerMember Member)> EmployerAsync()
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        var member = new EmployerMember
        {
            EmployerId = employer.Id,
            FirstName = "Paul",
            LastName = "Dupré",
            Email = $"paul{Interlocked.Increment(ref s_serial)}@boulangerie.example",
        };
        db.EmployerMembers.Add(member);
        await db.SaveChangesAsync();
        return (employer, member);
    }

    public async Task<Offer> OfferAsync(Employer employer, Action<Offer>? customize = null)
    {
        await using var db = api.CreateDbContext();
        return await db.AddOfferAsync(employer, customize);
    }

    public Task<GraphQLClient> AsPupilAsync(Pupil pupil) => SignedInAsync(DevelopmentLogin.Pupil(pupil.Ine));

    public Task<GraphQLClient> AsEmployerAsync(EmployerMember member) => SignedInAsync(DevelopmentLogin.Employer(member.Email));

    public async Task<GraphQLClient> SignedInAsync(DevelopmentLogin login)
    {
        var subject = await _factory.Services.GetRequiredService<DevelopmentAccounts>().EnsureAccountAsync(login, CancellationToken.None);
        var token = _factory.Services.GetRequiredService<DevelopmentTokenIssuer>().CreateToken(subject);
        var http = _factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new GraphQLClient(http);
    }

    public static string Id(Offer offer) => GlobalId.Encode("Offer", offer.Id);

    private const string ApplicationSelection = "application { id status weeks history { from to authorRole } }";

    public const string ApplyFields = ApplicationSelection + " errors { __typename ... on Error { message } }";

    public const string ChangeFields = ApplicationSelection + " errors { __typename ... on Error { message } ... on InvalidTransitionError { currentStatus } }";

    public static async Task<JsonNode> ApplyAsync(GraphQLClient pupil, Offer offer, string[]? weeks = null, string? key = null) =>
        (await pupil.QueryAsync(
            $"mutation ($input: ApplyToOfferInput!) {{ applyToOffer(input: $input) {{ {ApplyFields} }} }}",
            new { input = new { offerId = Id(offer), weeks = weeks ?? ["2026-W25"], motivation = "J'aime le pain.", idempotencyKey = key } }))["applyToOffer"]!;

    public static async Task<JsonNode> ChangeAsync(GraphQLClient client, string mutation, string applicationId, string? message = null)
    {
        var input = message is null ? (object)new { applicationId } : new { applicationId, message };
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        return (await client.QueryAsync($"mutation ($input: {inputType}!) {{ {mutation}(input: $input) {{ {ChangeFields} }} }}", new { input }))[mutation]!;
    }
}
