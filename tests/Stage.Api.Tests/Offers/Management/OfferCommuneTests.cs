using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Geography;
using Stage.Api.Offers;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>Offers located from their address: the commune found from its code or its postal code and city, and its point.</summary>
public sealed class OfferCommuneTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Fields =
        "offer { id locationPrecision location { latitude longitude } " +
        "address { street postalCode city departmentCode commune { kind code name } academy { code name } } }";

    private const string Create = $$"""
        mutation ($input: CreateOfferInput!) { createOffer(input: $input) { {{Fields}} errors { __typename ... on InvalidFieldError { field message } } } }
        """;

    private const string Update = $$"""
        mutation ($input: UpdateOfferInput!) { updateOffer(input: $input) { {{Fields}} errors { __typename ... on InvalidFieldError { field message } } } }
        """;

    private readonly OfferPeople _people = new(api);

    [Fact]
    public async Task A_commune_code_without_coordinates_places_the_offer_at_the_communes_point()
    {
        var (member, _) = await _people.EmployerMemberAsync();

        var offer = await SucceedAsync(member, Create, WithoutCoordinates(new { street = "12 rue Servient", communeCode = "69383" }));

        Assert.Equal("COMMUNE", offer["locationPrecision"]!.GetValue<string>());
        AssertAt(offer, Gazetteer.France.Commune("69383")!);
        var address = offer["address"]!;
        Assert.Equal(("69003", "Lyon", "69"), (Text(address["postalCode"]), Text(address["city"]), Text(address["departmentCode"])));
        Assert.Equal(("ARRONDISSEMENT", "69383", "Lyon 3e Arrondissement"),
            (Text(address["commune"]!["kind"]), Text(address["commune"]!["code"]), Text(address["commune"]!["name"])));
        Assert.Equal(("10", "Lyon"), (Text(address["academy"]!["code"]), Text(address["academy"]!["name"])));
    }

    [Theory]
    [InlineData("42100", "ST ETIENNE", "42218")]
    [InlineData("42000", "saint-étienne", "42218")]
    [InlineData("69003", "Lyon", "69383")]
    [InlineData("75016", "Paris", "75116")]
    [InlineData("97400", "Saint-Denis", "97411")]
    [InlineData("20000", "Ajaccio", "2A004")]
    [InlineData("69421", "Lyon Cedex 03", null)]
    public async Task A_postal_code_and_a_city_find_the_commune_as_people_write_it(string postalCode, string city, string? commune)
    {
        var (member, _) = await _people.EmployerMemberAsync();

        var response = await member.PostAsync(Create, new { input = WithoutCoordinates(new { street = "1 place de la Mairie", postalCode, city }) });
        var payload = response.Data!["createOffer"]!;

        if (commune is null)
        {
            // A CEDEX code is no commune's: without coordinates the offer cannot be placed.
            Assert.Null(payload["offer"]);
            Assert.Equal("address.postalCode", Text(payload["errors"]![0]!["field"]));
            return;
        }

        Assert.Null(payload["errors"]);
        Assert.Equal(commune, Text(payload["offer"]!["address"]!["commune"]!["code"]));
        Assert.Equal("COMMUNE", Text(payload["offer"]!["locationPrecision"]));
        AssertAt(payload["offer"]!, Gazetteer.France.Commune(commune)!);
    }

    [Fact]
    public async Task Coordinates_given_are_kept_and_the_commune_is_found_all_the_same()
    {
        var (member, _) = await _people.EmployerMemberAsync();

        var offer = await SucceedAsync(member, Create, OfferInputs.College());
        var misspelt = await SucceedAsync(member, Create, OfferInputs.College()
            .With("address", new { street = "5 rue Mercière", postalCode = "69002", city = "Lyon Presqu'île" })
            .With("latitude", 45.7625).With("longitude", 4.8330));

        Assert.Equal("ADDRESS", Text(offer["locationPrecision"]));
        Assert.Equal((48.8566, 2.3522), (offer["location"]!["latitude"]!.GetValue<double>(), offer["location"]!["longitude"]!.GetValue<double>()));
        Assert.Equal("75111", Text(offer["address"]!["commune"]!["code"]));
        // A name the gazetteer does not know: the nearest commune serving the postal code.
        Assert.Equal("69382", Text(misspelt["address"]!["commune"]!["code"]));
        Assert.Equal("ADDRESS", Text(misspelt["locationPrecision"]));
    }

    public static TheoryData<string, string> Refusals() => new()
    {
        { "unknown commune", "address.communeCode" },
        { "postal code of another commune", "address.postalCode" },
        { "commune with several postal codes and none given", "address.postalCode" },
        { "commune of an overseas collectivité", "address.communeCode" },
        { "city not served by the postal code", "address.city" },
        { "postal code of no commune", "address.postalCode" },
        { "commune abroad", "address.communeCode" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_address_that_names_no_commune_is_refused_with_the_field_and_nothing_is_written(string rule, string field)
    {
        var (member, employerId) = await _people.EmployerMemberAsync();
        var input = rule switch
        {
            "unknown commune" => WithoutCoordinates(new { street = "1 rue", communeCode = "99999" }),
            "postal code of another commune" => WithoutCoordinates(new { street = "1 rue", communeCode = "42218", postalCode = "69003" }),
            "commune with several postal codes and none given" => WithoutCoordinates(new { street = "1 rue", communeCode = "13055" }),
            "commune of an overseas collectivité" => WithoutCoordinates(new { street = "1 rue", communeCode = "98735" }),
            "city not served by the postal code" => WithoutCoordinates(new { street = "1 rue", postalCode = "42100", city = "Lyon" }),
            "postal code of no commune" => WithoutCoordinates(new { street = "1 rue", postalCode = "75099", city = "Paris" }),
            _ => OfferInputs.Seconde().With("address", new { street = "1 rue", communeCode = "42218", city = "Genève", countryCode = "CH" }),
        };

        var response = await member.PostAsync(Create, new { input });

        Assert.Null(response.Errors);
        var payload = response.Data!["createOffer"]!;
        Assert.Null(payload["offer"]);
        var error = Assert.Single(payload["errors"]!.AsArray());
        Assert.Equal(("InvalidFieldError", field), (Text(error!["__typename"]), Text(error["field"])));
        await using var db = api.CreateDbContext();
        Assert.False(await db.Offers.AnyAsync(o => o.EmployerId == employerId), rule);
    }

    [Fact]
    public async Task An_offer_at_its_communes_point_follows_its_address_and_null_coordinates_move_an_offer_there()
    {
        var (member, _) = await _people.EmployerMemberAsync();
        var atCommune = await SucceedAsync(member, Create, WithoutCoordinates(new { street = "1 rue", postalCode = "42100", city = "Saint-Étienne" }));
        var atAddress = await SucceedAsync(member, Create, OfferInputs.College());

        var moved = await SucceedAsync(member, Update, new Dictionary<string, object?>
        {
            ["offerId"] = Text(atCommune["id"]),
            ["address"] = new { street = "2 rue", postalCode = "13100", city = "Aix-en-Provence" },
        });
        var placed = await SucceedAsync(member, Update, new Dictionary<string, object?>
        {
            ["offerId"] = Text(atAddress["id"]), ["latitude"] = null, ["longitude"] = null,
        });
        var located = await SucceedAsync(member, Update, new Dictionary<string, object?>
        {
            ["offerId"] = Text(atCommune["id"]), ["latitude"] = 43.53, ["longitude"] = 5.45,
        });

        Assert.Equal(("13001", "COMMUNE"), (Text(moved["address"]!["commune"]!["code"]), Text(moved["locationPrecision"])));
        AssertAt(moved, Gazetteer.France.Commune("13001")!);
        Assert.Equal(("75111", "COMMUNE"), (Text(placed["address"]!["commune"]!["code"]), Text(placed["locationPrecision"])));
        AssertAt(placed, Gazetteer.France.Commune("75111")!);
        Assert.Equal(("13001", "ADDRESS"), (Text(located["address"]!["commune"]!["code"]), Text(located["locationPrecision"])));
        Assert.Equal(43.53, located["location"]!["latitude"]!.GetValue<double>());
    }

    [Fact]
    public async Task An_operators_upsert_takes_commune_codes_and_names_the_item_field_it_refuses()
    {
        var client = await _people.OperatorAsync();
        Dictionary<string, object?> Item(string remoteId, object address) => WithoutCoordinates(address)
            .With("remoteId", remoteId).With("newEmployer", OfferInputs.NewEmployer());

        var refused = await client.UpsertAsync([Item("a-1", new { street = "1 rue", communeCode = "42218", postalCode = "42100" }),
            Item("a-2", new { street = "1 rue", communeCode = "42218", postalCode = "75011" })]);
        var done = await client.UpsertAsync([Item("a-1", new { street = "1 rue", communeCode = "42218", postalCode = "42100" })]);

        Assert.Equal(["offers[1].address.postalCode"], UpsertClient.ErrorFields(refused));
        Assert.Null(refused["created"]);
        Assert.Equal(1, UpsertClient.Count(done, "created"));
        await using var db = api.CreateDbContext();
        var stored = await db.Offers.SingleAsync(o => o.RemoteId == "a-1" && o.City == "Saint-Étienne");
        Assert.Equal(("42218", LocationPrecision.Commune), (stored.CommuneCode, stored.LocationPrecision));
    }

    [Fact]
    public async Task Offers_stored_before_communes_get_them_from_their_postal_code_and_city_keeping_their_updated_at()
    {
        await using var db = api.CreateDbContext();
        var employer = await db.AddEmployerAsync();
        var named = await db.AddOfferAsync(employer, o => (o.PostalCode, o.City, o.Latitude, o.Longitude) = ("42100", "St-Étienne", 45.43, 4.39));
        var nearest = await db.AddOfferAsync(employer, o => (o.PostalCode, o.City, o.Latitude, o.Longitude) = ("69003", "Part-Dieu", 45.76, 4.86));
        var unknown = await db.AddOfferAsync(employer, o => o.PostalCode = "75099");
        var before = await db.Offers.AsNoTracking().Where(o => o.EmployerId == employer.Id).ToDictionaryAsync(o => o.Id, o => o.UpdatedAt);

        await using (var connection = await api.OpenConnectionAsync())
        {
            Assert.True(await OfferCommuneBackfill.RunAsync(connection) >= 2);
        }

        var after = await db.Offers.AsNoTracking().Where(o => o.EmployerId == employer.Id).ToDictionaryAsync(o => o.Id);
        Assert.Equal("42218", after[named.Id].CommuneCode);
        Assert.Equal("69383", after[nearest.Id].CommuneCode);
        Assert.Null(after[unknown.Id].CommuneCode);
        Assert.All(after.Values, o => Assert.Equal((before[o.Id], LocationPrecision.Address), (o.UpdatedAt, o.LocationPrecision)));
    }

    private static Dictionary<string, object?> WithoutCoordinates(object address)
    {
        var input = OfferInputs.College().With("address", address);
        input.Remove("latitude");
        input.Remove("longitude");
        return input;
    }

    private static async Task<JsonNode> SucceedAsync(GraphQLClient client, string mutation, Dictionary<string, object?> input)
    {
        var response = await client.PostAsync(mutation, new { input });
        Assert.True(response.Errors is null, response.Errors?.ToJsonString());
        var payload = response.Data!.AsObject().First().Value!;
        Assert.True(payload["errors"] is null, payload["errors"]?.ToJsonString());
        return payload["offer"]!;
    }

    private static void AssertAt(JsonNode offer, Commune commune) =>
        Assert.Equal((commune.Latitude, commune.Longitude),
            (offer["location"]!["latitude"]!.GetValue<double>(), offer["location"]!["longitude"]!.GetValue<double>()));

    private static string? Text(JsonNode? node) => node?.GetValue<string>();
}
