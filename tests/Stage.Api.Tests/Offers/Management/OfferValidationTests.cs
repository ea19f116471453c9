using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>Each rule of an offer's fields, refused through the API with the field it names; several at once.</summary>
public sealed class OfferValidationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] PastWeek = ["2025-W11"];

    private readonly OfferPeople _people = new(api);

    public static TheoryData<string, string> Rules() => new()
    {
        { "empty title", "title" },
        { "long title", "title" },
        { "long description", "description" },
        { "no seats", "seats" },
        { "too many seats", "seats" },
        { "unknown sector", "sectorCode" },
        { "four-digit postal code", "address.postalCode" },
        { "postal code of no département", "address.postalCode" },
        { "latitude out of range", "latitude" },
        { "longitude out of range", "longitude" },
        { "null island", "latitude longitude" },
        { "no grades", "grades" },
        { "mixed grades", "grades" },
        { "no weeks", "weeks" },
        { "not a week", "weeks[1]" },
        { "week twice", "weeks[1]" },
        { "seconde outside the period", "weeks" },
        { "seconde with three weeks", "weeks" },
        { "college in summer", "weeks[0]" },
        { "college abroad", "address.countryCode" },
        { "bad country code", "address.countryCode" },
        { "remote id from an employer member", "remoteId" },
        { "employer id from an employer member", "employerId" },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Each_rule_is_refused_with_the_field_it_names(string rule, string fields)
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var input = rule.StartsWith("seconde", StringComparison.Ordinal) ? OfferInputs.Seconde() : OfferInputs.College();
        Break(input, rule);

        var payload = await member.MutateAsync("createOffer", input);

        Assert.Null(payload["offer"]);
        Assert.Equal(fields.Split(' '), OfferManagementClient.Fields(payload));
        Assert.All(payload["errors"]!.AsArray(), e => Assert.Equal("InvalidFieldError", e!["__typename"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var input = OfferInputs.College("")
            .With("seats", 0)
            .With("sectorCode", "s52")
            .WithList("weeks", "2026-W30", "nope")
            .With("address", OfferInputs.Address(postalCode: "7501"))
            .With("longitude", 200.0);

        var payload = await member.MutateAsync("createOffer", input);

        Assert.Equal(["address.postalCode", "longitude", "seats", "sectorCode", "title", "weeks[1]"], OfferManagementClient.Fields(payload));
    }

    [Fact]
    public async Task A_seconde_offer_may_take_place_abroad_and_covers_week_1_week_2_or_both()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var abroad = await member.SucceedAsync("createOffer", OfferInputs.Seconde()
            .With("address", new { street = "Unter den Linden 1", postalCode = "10117", city = "Berlin", countryCode = "de" })
            .With("latitude", 52.5170).With("longitude", 13.3889).WithList("weeks", "2026-W26"));

        Assert.Equal("DE", abroad["address"]!["countryCode"]!.GetValue<string>());
        Assert.Null(abroad["address"]!["departmentCode"]);
        Assert.Equal(["2026-W25"], (await member.SucceedAsync("createOffer", OfferInputs.Seconde().WithList("weeks", "2026-W25")))["weeks"]!
            .AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("2A", (await member.SucceedAsync("createOffer", OfferInputs.Seconde()
            .With("address", OfferInputs.Address(postalCode: "20000"))))["address"]!["departmentCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Seats_cannot_go_below_the_seats_taken()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var offer = await member.SucceedAsync("createOffer", OfferInputs.College().With("seats", 5));
        var id = offer["id"]!.GetValue<string>();
        await using (var connection = await api.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE offers SET seats_taken = 3 WHERE id = {OfferSearchClient.DatabaseId(offer["id"]!)}";
            await command.ExecuteNonQueryAsync();
        }

        var refused = await member.MutateAsync("updateOffer", new { offerId = id, seats = 2, title = "" });
        var accepted = await member.SucceedAsync("updateOffer", new { offerId = id, seats = 3 });
        var removal = await member.MutateAsync("removeOffer", new { offerId = id });

        Assert.Equal(["seats", "title"], OfferManagementClient.Fields(refused));
        Assert.Equal(5, refused["offer"]!["seats"]!.GetValue<int>());
        Assert.Equal(0, accepted["remainingSeats"]!.GetValue<int>());
        Assert.Equal("OfferHasInternshipsError", removal["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(3, removal["errors"]![0]!["seatsTaken"]!.GetValue<int>());
    }

    /// <summary>The fixture stands on 2025-08-01 (StageApiFactory.Today): 2025-W10 has passed, 2025-W40 is to come.</summary>
    [Fact]
    public async Task A_new_offer_or_new_weeks_need_a_week_to_come_and_an_old_offer_stays_editable()
    {
        var (member, _) = await _people.EmployerMemberAsync();

        var past = await member.MutateAsync("createOffer", OfferInputs.College().WithList("weeks", "2025-W10", "2025-W11"));
        var mixed = await member.SucceedAsync("createOffer", OfferInputs.College().WithList("weeks", "2025-W10", "2025-W40"));
        var id = mixed["id"]!.GetValue<string>();
        var backwards = await member.MutateAsync("updateOffer", new { offerId = id, weeks = PastWeek });

        Assert.Null(past["offer"]);
        Assert.Equal(["weeks"], OfferManagementClient.Fields(past));
        Assert.Contains("2025-W32", past["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["2025-W10", "2025-W40"], mixed["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(["weeks"], OfferManagementClient.Fields(backwards));
        Assert.Equal(["2025-W10", "2025-W40"], backwards["offer"]!["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));

        // An offer whose weeks have all gone by keeps them when something else changes.
        await using (var connection = await api.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE offers SET weeks = ARRAY['2025-03-03'::date] WHERE id = {OfferSearchClient.DatabaseId(mixed["id"]!)}";
            await command.ExecuteNonQueryAsync();
        }

        var edited = await member.SucceedAsync("updateOffer", new { offerId = id, title = "Atelier de mécanique" });
        Assert.Equal("Atelier de mécanique", edited["title"]!.GetValue<string>());
        Assert.Equal(["2025-W10"], edited["weeks"]!.AsArray().Select(w => w!.GetValue<string>()));
    }

    [Fact]
    public async Task An_update_to_null_of_a_required_field_is_refused()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var id = (await member.SucceedAsync("createOffer", OfferInputs.College()))["id"]!.GetValue<string>();

        var payload = await member.MutateAsync("updateOffer", new Dictionary<string, object?> { ["offerId"] = id, ["title"] = null, ["grades"] = null });

        Assert.Equal(["grades", "title"], OfferManagementClient.Fields(payload));
    }

    private static void Break(Dictionary<string, object?> input, string rule)
    {
        switch (rule)
        {
            case "empty title": input["title"] = "   "; break;
            case "long title": input["title"] = new string('a', 151); break;
            case "long description": input["description"] = new string('a', 1501); break;
            case "no seats": input["seats"] = 0; break;
            case "too many seats": input["seats"] = 6001; break;
            case "unknown sector": input["sectorCode"] = "s0"; break;
            case "four-digit postal code": input["address"] = OfferInputs.Address(postalCode: "7501"); break;
            case "postal code of no département": input["address"] = OfferInputs.Address(postalCode: "96100"); break;
            case "latitude out of range": input["latitude"] = 90.5; break;
            case "longitude out of range": input["longitude"] = -180.5; break;
            case "null island": input["latitude"] = 0.0; input["longitude"] = 0.0; break;
            case "no grades": input["grades"] = Array.Empty<string>(); break;
            case "mixed grades": input["grades"] = new[] { "TROISIEME", "SECONDE" }; break;
            case "no weeks": input["weeks"] = Array.Empty<string>(); break;
            case "not a week": input["weeks"] = new[] { "2026-W10", "2026-W54" }; break;
            case "week twice": input["weeks"] = new[] { "2026-W10", "2026-W10" }; break;
            case "seconde outside the period": input["weeks"] = new[] { "2026-W24" }; break;
            case "seconde with three weeks": input["weeks"] = new[] { "2026-W24", "2026-W25", "2026-W26" }; break;
            case "college in summer": input["weeks"] = new[] { "2026-W28" }; break;
            case "college abroad": input["address"] = OfferInputs.Address(postalCode: "10117", countryCode: "DE"); break;
            case "bad country code": input["address"] = OfferInputs.Address(countryCode: "FRA"); break;
            case "remote id from an employer member": input["remoteId"] = "X-1"; break;
            case "employer id from an employer member": input["employerId"] = "RW1wbG95ZXI6MQ"; break;
            default: throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule.");
        }
    }
}
