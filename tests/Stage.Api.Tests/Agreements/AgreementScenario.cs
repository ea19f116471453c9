using System.Text.Json.Nodes;
using Stage.Api.Identity.Development;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Identity;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers;

namespace Stage.Api.Tests.Agreements;

/// <summary>
/// A confirmed internship and its agreement, with a client for each party and for outsiders, signed in
/// with development tokens as third-party front-ends would be.
/// </summary>
public sealed class AgreementScenario(ApiFixture api)
{
    public const string AgreementSelection =
        "agreement { id status tutorName activityDescription dailyHours { day start end } signatures { role signerName } history { from to authorRole note } }";

    /// <summary>The payload selection of a mutation, with the fragments of the typed errors it can answer.</summary>
    public static string Selection(string mutation) =>
        AgreementSelection + " errors { __typename ... on Error { message } ... on InvalidFieldError { field } ... on AgreementStatusError { currentStatus } " +
        (mutation is "completeAgreement" or "validateAgreement" ? "... on IncompleteAgreementError { missingFields } }" : "}");

    private static int s_serial;

    private static readonly string[] s_days = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY"];

    public static object[] ValidHours(int days = 5) => Enumerable.Range(0, days).Select(d => (object)new
    {
        day = s_days[d],
        start = "09:00", lunchStart = "12:00", lunchEnd = "13:00", end = "17:00",
    }).ToArray();

    public static readonly object EmployerPart = new
    {
        tutorName = "Hélène Boulanger", tutorRole = "Maître boulangère", tutorEmail = "helene@boulangerie.example", tutorPhone = "01 23 45 67 89",
        activityDescription = "Observer le pétrissage, le façonnage et la cuisson ; découvrir la vente en boutique.", dailyHours = ValidHours(),
    };

    public static readonly object SchoolPart = new
    {
        schoolHeadName = "Anne Proviseur", referentTeacherName = "Jérôme Leprof", referentTeacherEmail = "jerome@lycee.example",
        legalRepresentativeName = "Cécile Martin", legalRepresentativeEmail = "cecile@famille.example",
    };

    public async Task<AgreementWorld> WorldAsync()
    {
        var applications = new ApplicationScenario(api);
        var school = await applications.SchoolAsync();
        var otherSchool = await applications.SchoolAsync();
        var pupil = await applications.PupilAsync(school);
        var otherPupil = await applications.PupilAsync(otherSchool);
        var (employer, member) = await applications.EmployerAsync();
        var (_, otherMember) = await applications.EmployerAsync();
        Operator offerOperator, otherOperator;
        await using (var db = api.CreateDbContext())
        {
            (offerOperator, otherOperator) = (await db.AddOperatorAsync(), await db.AddOperatorAsync());
        }

        var offer = await applications.OfferAsync(employer, o => o.OperatorId = offerOperator.Id);
        var pupilClient = await applications.AsPupilAsync(pupil);
        var host = await applications.AsEmployerAsync(member);
        var applicationId = (await ApplicationScenario.ApplyAsync(pupilClient, offer))["application"]!["id"]!.GetValue<string>();
        await ApplicationScenario.ChangeAsync(host, "acceptApplication", applicationId);
        var confirmed = await pupilClient.QueryAsync(
            "mutation ($input: ConfirmApplicationInput!) { confirmApplication(input: $input) { application { agreement { id } } errors { __typename } } }",
            new { input = new { applicationId } });
        var agreementId = confirmed["confirmApplication"]!["application"]!["agreement"]!["id"]!.GetValue<string>();
        return new AgreementWorld(
            agreementId, applicationId, school, pupil,
            pupilClient, host, await StaffAsync(applications, school, StaffRole.SchoolHead), await StaffAsync(applications, school, StaffRole.Teacher),
            await applications.AsPupilAsync(otherPupil), await applications.AsEmployerAsync(otherMember),
            await StaffAsync(applications, otherSchool, StaffRole.SchoolHead), await applications.SignedInAsync(DevelopmentLogin.Admin("root")),
            new GraphQLClient(api.Factory.CreateClient()),
            await applications.SignedInAsync(DevelopmentLogin.Operator(offerOperator.Name)),
            await applications.SignedInAsync(DevelopmentLogin.Operator(otherOperator.Name)));
    }

    public static async Task<GraphQLResponse> MutateAsync(GraphQLClient client, string mutation, object input) =>
        await client.PostAsync(
            $"mutation ($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {Selection(mutation)} }} }}",
            new { input });

    /// <summary>Runs a mutation that must answer data without GraphQL errors; returns its payload.</summary>
    public static async Task<JsonNode> RunAsync(GraphQLClient client, string mutation, object input)
    {
        var response = await MutateAsync(client, mutation, input);
        Assert.True(response.Errors is null, $"Unexpected errors: {response.Errors?.ToJsonString()}");
        return response.Data![mutation]!;
    }

    /// <summary>Fills both parts, completes and validates: the agreement is VALIDATED_BY_SCHOOL.</summary>
    public static async Task ValidateAsync(AgreementWorld world)
    {
        var id = world.AgreementId;
        AssertDone(await RunAsync(world.Host, "updateAgreementEmployerPart", Merge(EmployerPart, id)));
        AssertDone(await RunAsync(world.Host, "completeAgreement", new { agreementId = id }));
        AssertDone(await RunAsync(world.Teacher, "updateAgreementSchoolPart", Merge(SchoolPart, id)));
        AssertDone(await RunAsync(world.Teacher, "validateAgreement", new { agreementId = id }));
    }

    public static JsonNode AssertDone(JsonNode payload)
    {
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["agreement"]!;
    }

    public static Dictionary<string, object?> Merge(object part, string agreementId)
    {
        var values = part.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(part));
        values["agreementId"] = agreementId;
        return values;
    }

    private async Task<GraphQLClient> StaffAsync(ApplicationScenario applications, School school, StaffRole role)
    {
        await using var db = api.CreateDbContext();
        var staff = new StaffMember
        {
            SchoolId = school.Id, FirstName = role == StaffRole.SchoolHead ? "Anne" : "Jérôme", LastName = role == StaffRole.SchoolHead ? "Proviseur" : "Leprof",
            Role = role, Email = $"staff{Interlocked.Increment(ref s_serial)}-{school.Id}@lycee.example",
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return await applications.SignedInAsync(DevelopmentLogin.Staff(staff.Email));
    }
}
