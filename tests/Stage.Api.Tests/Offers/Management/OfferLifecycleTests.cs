using Stage.Api.Kit.Relay;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>An offer's life through the API: created unpublished, updated, published, unpublished, removed.</summary>
public sealed class OfferLifecycleTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] OneWeek = ["2026-W12"];

    private readonly OfferPeople _people = new(api);

    [Fact]
    public async Task An_employer_member_creates_an_unpublished_offer_for_their_employer()
    {
        var (member, employerId) = await _people.EmployerMemberAsync();

        var offer = await member.SucceedAsync("createOffer", OfferInputs.College("  Boulanger d'un jour  "));

        Assert.Equal("UNPUBLISHED", offer["status"]!.GetValue<string>());
        Assert.Equal("Boulanger d'un jour", offer["title"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("Employer", employerId), offer["employer"]!["id"]!.GetValue<string>());
        Assert.Equal(["QUATRIEME", "TROISIEME"], offer["grades"]!.AsArray().Select(g => g!.GetValue<string>()));
        Assert.Equal(["2026-W03", "2026-W10"], offer["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("75", offer["address"]!["departmentCode"]!.GetValue<string>());
        Assert.Equal(3, offer["remainingSeats"]!.GetValue<int>());
        Assert.Equal(48.8566, offer["location"]!["latitude"]!.GetValue<double>(), 6);
        Assert.Null(offer["remoteId"]);
    }

    [Fact]
    public async Task Publish_true_creates_a_published_offer_that_the_public_search_finds()
    {
        var (member, _) = await _people.EmployerMemberAsync();

        var offer = await member.SucceedAsync("createOffer", OfferInputs.Seconde("Fournil ouvert aux secondes").With("publish", true));

        Assert.Equal("PUBLISHED", offer["status"]!.GetValue<string>());
        Assert.Equal([offer["id"]!.GetValue<string>()], await _people.Anonymous.SearchByTitleAsync("Fournil ouvert aux secondes"));
    }

    [Fact]
    public async Task Publishing_unpublishing_and_removing_show_and_hide_the_offer_in_public_searches()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        const string title = "Atelier de pâtisserie";
        var id = (await member.SucceedAsync("createOffer", OfferInputs.College(title)))["id"]!.GetValue<string>();
        var anonymous = _people.Anonymous;
        Assert.Empty(await anonymous.SearchByTitleAsync(title));
        Assert.Null((await anonymous.QueryAsync("query ($id: ID!) { offer(id: $id) { id } }", new { id }))["offer"]);

        Assert.Equal("PUBLISHED", (await member.SucceedAsync("publishOffer", new { offerId = id }))["status"]!.GetValue<string>());
        Assert.Equal([id], await anonymous.SearchByTitleAsync(title));

        Assert.Equal("UNPUBLISHED", (await member.SucceedAsync("unpublishOffer", new { offerId = id }))["status"]!.GetValue<string>());
        Assert.Empty(await anonymous.SearchByTitleAsync(title));

        await member.SucceedAsync("publishOffer", new { offerId = id });
        Assert.Equal("REMOVED", (await member.SucceedAsync("removeOffer", new { offerId = id }))["status"]!.GetValue<string>());
        Assert.Empty(await anonymous.SearchByTitleAsync(title));
        Assert.Equal("REMOVED", (await member.SucceedAsync("removeOffer", new { offerId = id }))["status"]!.GetValue<string>());

        foreach (var mutation in new[] { "publishOffer", "unpublishOffer" })
        {
            var refused = await member.MutateAsync(mutation, new { offerId = id });
            Assert.Equal("OfferRemovedError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
            Assert.Equal("REMOVED", refused["offer"]!["status"]!.GetValue<string>());
        }

        var update = await member.MutateAsync("updateOffer", new { offerId = id, title = "Nouveau titre" });
        Assert.Equal("OfferRemovedError", update["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Empty(await anonymous.SearchByTitleAsync(title));
    }

    [Fact]
    public async Task An_update_changes_the_fields_given_and_keeps_the_others()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var created = await member.SucceedAsync("createOffer", OfferInputs.College("Mécanique auto").With("publish", true));
        var id = created["id"]!.GetValue<string>();

        var updated = await member.SucceedAsync("updateOffer", new
        {
            offerId = id,
            seats = 12,
            weeks = OneWeek,
            address = new { street = "3 cours Mirabeau", postalCode = "13100", city = "Aix-en-Provence" },
            latitude = 43.5263,
            longitude = 5.4454,
        });

        Assert.Equal(12, updated["seats"]!.GetValue<int>());
        Assert.Equal(["2026-W12"], updated["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("13", updated["address"]!["departmentCode"]!.GetValue<string>());
        Assert.Equal("FR", updated["address"]!["countryCode"]!.GetValue<string>());
        Assert.Equal("Mécanique auto", updated["title"]!.GetValue<string>());
        Assert.Equal(created["description"]!.GetValue<string>(), updated["description"]!.GetValue<string>());
        Assert.Equal("PUBLISHED", updated["status"]!.GetValue<string>());
        Assert.Equal([id], await _people.Anonymous.SearchByTitleAsync("Mécanique auto"));
    }

    [Fact]
    public async Task An_operator_creates_an_offer_for_a_new_employer_then_another_for_the_same_employer_by_id()
    {
        var op = await _people.OperatorAsync();
        var first = await op.SucceedAsync("createOffer", OfferInputs.Seconde("Stage au réseau")
            .With("newEmployer", OfferInputs.NewEmployer(siret: "123 456 789 00012")).With("remoteId", "R-1"));
        var employerId = first["employer"]!["id"]!.GetValue<string>();
        Assert.Equal("12345678900012", first["employer"]!["siret"]!.GetValue<string>());
        Assert.Equal("R-1", first["remoteId"]!.GetValue<string>());

        var second = await op.SucceedAsync("createOffer", OfferInputs.Seconde("Deuxième stage").With("employerId", employerId));
        var third = await op.SucceedAsync("createOffer", OfferInputs.Seconde("Troisième stage")
            .With("newEmployer", OfferInputs.NewEmployer(name: "Autre nom", siret: "12345678900012")));

        Assert.Equal(employerId, second["employer"]!["id"]!.GetValue<string>());
        Assert.Equal(employerId, third["employer"]!["id"]!.GetValue<string>());
        Assert.Equal("Autre nom", third["employer"]!["name"]!.GetValue<string>());

        var again = await op.MutateAsync("createOffer", OfferInputs.Seconde().With("employerId", employerId).With("remoteId", "R-1"));
        Assert.Equal(["remoteId"], OfferManagementClient.Fields(again));
        Assert.Null(again["offer"]);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_creates_the_offer_once()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var input = OfferInputs.College("Une seule fois").With("idempotencyKey", "create-1");

        var first = await member.SucceedAsync("createOffer", input);
        var retry = await member.SucceedAsync("createOffer", input);
        var other = await member.MutateAsync("createOffer", OfferInputs.College("Autre chose").With("idempotencyKey", "create-1"));

        Assert.Equal(first["id"]!.GetValue<string>(), retry["id"]!.GetValue<string>());
        Assert.Equal("IdempotencyKeyReusedError", other["errors"]![0]!["__typename"]!.GetValue<string>());
    }
}
