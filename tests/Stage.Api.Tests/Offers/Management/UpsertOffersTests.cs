using System.Diagnostics;
using Npgsql;
using Stage.Api.Tests.Fixtures;
using Xunit.Abstractions;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>Operators' bulk upserts: up to 500 offers by remote id, all or nothing.</summary>
public sealed class UpsertOffersTests(ApiFixture api, ITestOutputHelper output) : IClassFixture<ApiFixture>
{
    private readonly OfferPeople _people = new(api);

    [Fact]
    public async Task Upserting_500_offers_creates_them_then_a_second_call_updates_the_changed_ones()
    {
        var op = await _people.OperatorAsync();
        await op.UpsertAsync(UpsertInputs.Batch(1, prefix: "Warm-up"));
        var items = UpsertInputs.Batch(500);

        var watch = Stopwatch.StartNew();
        var created = await op.UpsertAsync(items);
        var createTime = watch.Elapsed;

        Assert.Null(created["errors"]);
        Assert.Equal((500, 0, 0), (UpsertClient.Count(created, "created"), UpsertClient.Count(created, "updated"), UpsertClient.Count(created, "unchanged")));
        var offers = created["offers"]!.AsArray();
        Assert.Equal(items.Select(i => i["remoteId"]), offers.Select(o => (object?)o!["remoteId"]!.GetValue<string>()));
        Assert.All(offers, o => Assert.Equal("PUBLISHED", o!["status"]!.GetValue<string>()));
        Assert.Equal(10, offers.Select(o => o!["employer"]!["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal([offers[42]!["id"]!.GetValue<string>()], await _people.Anonymous.SearchByTitleAsync("Offre R 42"));

        for (var i = 0; i < 100; i++)
        {
            items[i * 5]["title"] = $"Offre R {i * 5} (mise à jour)";
        }

        watch.Restart();
        var updated = await op.UpsertAsync(items);
        var updateTime = watch.Elapsed;

        Assert.Null(updated["errors"]);
        Assert.Equal((0, 100, 400), (UpsertClient.Count(updated, "created"), UpsertClient.Count(updated, "updated"), UpsertClient.Count(updated, "unchanged")));
        Assert.Equal(offers.Select(o => o!["id"]!.GetValue<string>()), updated["offers"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()));
        Assert.Equal("Offre R 5 (mise à jour)", updated["offers"]![5]!["title"]!.GetValue<string>());
        Assert.Equal(500, await ScalarAsync("SELECT count(*) FROM offers WHERE remote_id LIKE 'R-%'"));
        Assert.Equal(10, await ScalarAsync("SELECT count(DISTINCT employer_id) FROM offers WHERE remote_id LIKE 'R-%'"));
        output.WriteLine($"upsertOffers, 500 items over HTTP: create {createTime.TotalMilliseconds:F0} ms, update 100 of 500 {updateTime.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task An_invalid_item_makes_the_whole_call_write_nothing_and_every_invalid_field_is_listed()
    {
        var op = await _people.OperatorAsync();
        var before = await CountOffersAsync();
        var items = UpsertInputs.Batch(500, prefix: "X");
        items[3]["title"] = "";
        items[250]["address"] = new { street = "1 rue du Port", postalCode = "1300", city = "Marseille" };
        items[250]["seats"] = 0;
        items[499]["remoteId"] = "X-7";

        var payload = await op.UpsertAsync(items);

        Assert.Null(payload["offers"]);
        Assert.Null(payload["created"]);
        Assert.Equal(["offers[250].address.postalCode", "offers[250].seats", "offers[3].title", "offers[499].remoteId"], UpsertClient.ErrorFields(payload));
        var item3 = payload["errors"]!.AsArray().Single(e => e!["index"]!.GetValue<int>() == 3)!;
        Assert.Equal("UpsertOfferItemError", item3["__typename"]!.GetValue<string>());
        Assert.Equal("X-3", item3["remoteId"]!.GetValue<string>());
        Assert.Equal(before, await CountOffersAsync());
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM employers WHERE siret LIKE '9000000000000_' AND name LIKE 'Hôte %' AND id NOT IN (SELECT employer_id FROM offers)"));
    }

    [Fact]
    public async Task More_than_500_items_are_refused()
    {
        var op = await _people.OperatorAsync();
        var before = await CountOffersAsync();

        var payload = await op.UpsertAsync(UpsertInputs.Batch(501, prefix: "Y", descriptionLength: 10));

        Assert.Equal(["offers"], UpsertClient.ErrorFields(payload));
        Assert.Equal("InvalidFieldError", payload["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal(before, await CountOffersAsync());
    }

    [Fact]
    public async Task Known_offers_keep_their_seats_taken_and_removed_offers_are_not_published_again()
    {
        var op = await _people.OperatorAsync();
        var items = UpsertInputs.Batch(3, prefix: "Z");
        var offers = (await op.UpsertAsync(items))["offers"]!.AsArray();
        var first = OfferSearchClient.DatabaseId(offers[0]!["id"]!);
        await ScalarAsync($"UPDATE offers SET seats_taken = 1 WHERE id = {first} RETURNING 1");
        await op.SucceedAsync("removeOffer", new { offerId = offers[1]!["id"]!.GetValue<string>() });

        var kept = await op.UpsertAsync(items.Select(i => new Dictionary<string, object?>(i) { ["publish"] = null }));
        Assert.Null(kept["errors"]);
        Assert.Equal(["PUBLISHED", "REMOVED", "PUBLISHED"], kept["offers"]!.AsArray().Select(o => o!["status"]!.GetValue<string>()));

        await ScalarAsync($"UPDATE offers SET seats = 2, seats_taken = 2 WHERE id = {first} RETURNING 1");
        var refused = await op.UpsertAsync(items);

        Assert.Equal(["offers[0].seats", "offers[1].publish"], UpsertClient.ErrorFields(refused));
        Assert.Equal(2, await ScalarAsync($"SELECT seats FROM offers WHERE id = {first}"));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_answers_the_first_result()
    {
        var op = await _people.OperatorAsync();
        var items = UpsertInputs.Batch(20, prefix: "K");

        var first = await op.UpsertAsync(items, "batch-1");
        var retry = await op.UpsertAsync(items, "batch-1");

        Assert.Equal(20, UpsertClient.Count(retry, "created"));
        Assert.Equal(first["offers"]!.ToJsonString(), retry["offers"]!.ToJsonString());
    }

    [Fact]
    public async Task Concurrent_upserts_of_the_same_new_offers_create_each_once()
    {
        var op = await _people.OperatorAsync();
        var items = UpsertInputs.Batch(200, prefix: "C");

        var payloads = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => op.UpsertAsync(items)));

        Assert.All(payloads, p => Assert.Null(p["errors"]));
        Assert.Equal(200, payloads.Sum(p => UpsertClient.Count(p, "created")));
        Assert.Equal(200, await ScalarAsync("SELECT count(*) FROM offers WHERE remote_id LIKE 'C-%'"));
        Assert.Equal(10, await ScalarAsync("SELECT count(DISTINCT employer_id) FROM offers WHERE remote_id LIKE 'C-%'"));
    }

    [Fact]
    public async Task Only_operators_upsert()
    {
        var (member, _) = await _people.EmployerMemberAsync();

        Assert.Equal(["FORBIDDEN"], (await member.SendUpsertAsync(UpsertInputs.Batch(1))).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await (await _people.PupilAsync()).SendUpsertAsync(UpsertInputs.Batch(1))).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await _people.Anonymous.SendUpsertAsync(UpsertInputs.Batch(1))).ErrorCodes);
    }

    private Task<long> CountOffersAsync() => ScalarAsync("SELECT count(*) FROM offers");

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
