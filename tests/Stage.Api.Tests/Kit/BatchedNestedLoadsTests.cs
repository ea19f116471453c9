using Stage.Api.Agreements;
using Stage.Api.Applications;
using Stage.Api.Kit.Relay;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.GraphQL.Limits;

namespace Stage.Api.Tests.Kit;

/// <summary>Nested fields read their rows for a whole page at once: the SQL a page costs does not grow with its size.</summary>
public sealed class BatchedNestedLoadsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = """
        { me { applications(first: 100) { nodes {
            id motivation
            history { to note }
            agreement { offerTitle signatures { role signerName } history { to note } }
            offer { title employer { name } }
        } } } }
        """;

    [Fact]
    public async Task A_page_of_100_applications_with_their_history_agreement_and_offer_takes_at_most_6_statements()
    {
        // The cost analysis rightly prices this page above the default maximum: the point here is what it costs the database.
        var scenario = new ApplicationScenario(api, ConfiguredApi.With(api, ("GraphQL:Limits:MaxCost", "100000")));
        var school = await scenario.SchoolAsync();
        var (employer, member) = await scenario.EmployerAsync();
        var bakery = await scenario.OfferAsync(employer, o => (o.Title, o.Seats) = ("Boulangerie", 100));
        var library = await scenario.OfferAsync(employer, o => (o.Title, o.Seats) = ("Bibliothèque", 100));
        var applications = await SeedAsync(school, i => i % 2 == 0 ? bakery.Id : library.Id);
        var host = await scenario.AsEmployerAsync(member);
        await host.QueryAsync("{ me { role } }"); // what a first request does once (warming caches) is not the page's cost

        using var counter = new SqlCommandCounter(api.Database.Name);
        var nodes = (await host.QueryAsync(Query))["me"]!["applications"]!["nodes"]!.AsArray();

        Assert.True(counter.Statements.Count <= 6, $"{counter.Statements.Count} statements:\n{string.Join("\n\n", counter.Statements)}");
        foreach (var table in new[] { "application_events", "agreements", "agreement_signatures", "agreement_events" })
        {
            Assert.Single(counter.Statements, s => s.Contains($"FROM {table} ", StringComparison.Ordinal));
        }

        Assert.Equal(100, nodes.Count);
        var byMotivation = nodes.ToDictionary(n => n!["motivation"]!.GetValue<string>());
        foreach (var i in new[] { 0, 1, 42, 99 })
        {
            var node = byMotivation[$"Candidature {i}"]!;
            Assert.Equal(GlobalId.Encode("Application", applications[i]), node["id"]!.GetValue<string>());
            Assert.Equal(["SUBMITTED", "CONFIRMED"], node["history"]!.AsArray().Select(e => e!["to"]!.GetValue<string>()));
            Assert.Equal($"Confirmée {i}", node["history"]![1]!["note"]!.GetValue<string>());
            Assert.Equal(i % 2 == 0 ? "Boulangerie" : "Bibliothèque", node["offer"]!["title"]!.GetValue<string>());
            Assert.Equal(employer.Name, node["offer"]!["employer"]!["name"]!.GetValue<string>());
            var agreement = node["agreement"]!;
            Assert.Equal($"Stage {i}", agreement["offerTitle"]!.GetValue<string>());
            Assert.Equal(i % 2 == 0 ? [$"Parent {i}"] : [], agreement["signatures"]!.AsArray().Select(s => s!["signerName"]!.GetValue<string>()));
            Assert.Equal([$"Créée {i}", $"Signée {i}"], agreement["history"]!.AsArray().Select(e => e!["note"]!.GetValue<string>()));
        }
    }

    /// <summary>100 confirmed applications of 100 pupils, each with two events and an agreement with its history; every other one signed.</summary>
    private async Task<long[]> SeedAsync(School school, Func<int, long> offerOf)
    {
        await using var db = api.CreateDbContext();
        var pupils = Enumerable.Range(0, 100).Select(i => new Pupil
        {
            Ine = $"{770_000_000 + i:000000000}A{(char)('A' + (i % 26))}",
            FirstName = "Élève",
            LastName = $"Numéro{i}",
            Grade = Grade.Seconde,
            ClassName = "2nde 1",
            SchoolId = school.Id,
            BirthDate = new DateOnly(2010, 1, 1),
        }).ToList();
        db.Pupils.AddRange(pupils);
        await db.SaveChangesAsync();

        var applications = pupils.Select((pupil, i) => new Application
        {
            PupilId = pupil.Id,
            OfferId = offerOf(i),
            Weeks = [TestData.SecondeWeek1],
            Motivation = $"Candidature {i}",
            Status = ApplicationStatus.Confirmed,
        }).ToList();
        db.Applications.AddRange(applications);
        await db.SaveChangesAsync();

        var agreements = applications.Select((application, i) => new Agreement
        {
            ApplicationId = application.Id,
            PupilId = application.PupilId,
            PupilFirstName = "Élève",
            PupilLastName = $"Numéro{i}",
            PupilClassName = "2nde 1",
            Grade = Grade.Seconde,
            SchoolName = school.Name,
            SchoolAddress = school.Street,
            HostName = "Boulangerie Dupré",
            HostAddress = "12 rue de la République",
            OfferTitle = $"Stage {i}",
            StartDate = TestData.SecondeWeek1,
            EndDate = TestData.SecondeWeek1.AddDays(4),
            Weeks = [TestData.SecondeWeek1],
        }).ToList();
        db.Agreements.AddRange(agreements);
        for (var i = 0; i < applications.Count; i++)
        {
            db.ApplicationEvents.AddRange(
                new ApplicationEvent { ApplicationId = applications[i].Id, ToStatus = ApplicationStatus.Submitted },
                new ApplicationEvent { ApplicationId = applications[i].Id, FromStatus = ApplicationStatus.Submitted, ToStatus = ApplicationStatus.Confirmed, Note = $"Confirmée {i}" });
        }

        await db.SaveChangesAsync();
        for (var i = 0; i < agreements.Count; i++)
        {
            db.AgreementEvents.AddRange(
                new AgreementEvent { AgreementId = agreements[i].Id, ApplicationId = agreements[i].ApplicationId, ToStatus = AgreementStatus.Draft, Note = $"Créée {i}" },
                new AgreementEvent { AgreementId = agreements[i].Id, ApplicationId = agreements[i].ApplicationId, FromStatus = AgreementStatus.Draft, ToStatus = AgreementStatus.Draft, Note = $"Signée {i}" });
            if (i % 2 == 0)
            {
                db.AgreementSignatures.Add(new AgreementSignature { AgreementId = agreements[i].Id, Role = Signatory.LegalRepresentative, SignerName = $"Parent {i}" });
            }
        }

        await db.SaveChangesAsync();
        return [.. applications.Select(a => a.Id)];
    }
}
