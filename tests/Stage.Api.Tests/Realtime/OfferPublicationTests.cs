using System.Text.Json.Nodes;
using Stage.Api.Events;
using Stage.Api.Identity.Development;
using Stage.Api.Kit.Relay;
using Stage.Api.Kit.Requests;
using Stage.Api.Offers;
using Stage.Api.Schools;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Offers.Management;

namespace Stage.Api.Tests.Realtime;

/// <summary>
/// <c>offersPublished</c> over a real socket: resuming after a cursor, the events that follow a delivered offer, reserved
/// offers for each kind of caller, a reader too slow, and arguments refused as <c>offers</c> refuses them.
/// </summary>
public sealed class OfferPublicationTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_resumed_stream_continues_after_its_cursor_without_loss_or_duplicate_and_follows_what_the_first_delivered()
    {
        await using var feed = OfferFeed.Start(api);
        var marker = OfferFeed.Marker("reprise");
        var where = new { title = new { contains = marker } };
        var first = await feed.SubscribeAsync(null, new { where });
        // One transaction: its events' positions follow the rows' order, which the ids follow too.
        var early = (await feed.PublishAsync(Enumerable.Range(0, 5).Select(i => (Action<Offer>)(o => o.Title = $"{marker} {i}")))).OrderBy(o => o.Id).ToList();
        var delivered = await first.UntilAsync(early[^1].Id);
        Assert.Equal(early.Select(o => o.Id), delivered.Select(e => e.OfferId));
        Assert.All(delivered, e => Assert.Equal("PUBLISHED", e.Kind));
        await first.DisposeAsync();

        // While nobody listens: the second offer (delivered before the cursor) is unpublished, others come, some not matching.
        await feed.UpdateAsync(early[1].Id, "status = 'unpublished'");
        await feed.PublishAsync(o => o.Title = "Autre chose");
        var late = (await feed.PublishAsync(Enumerable.Range(5, 3).Select(i => (Action<Offer>)(o => o.Title = $"{marker} {i}")))).OrderBy(o => o.Id).ToList();

        await using var resumed = await feed.SubscribeAsync(null, new { where, after = delivered[2].Cursor });
        var replayed = await resumed.UntilAsync(late[^1].Id);
        Assert.Equal(
            [("PUBLISHED", early[3].Id), ("PUBLISHED", early[4].Id), ("UNPUBLISHED", early[1].Id),
             ("PUBLISHED", late[0].Id), ("PUBLISHED", late[1].Id), ("PUBLISHED", late[2].Id)],
            replayed.Select(e => (e.Kind, e.OfferId)));
        Assert.Equal(replayed.Count, replayed.Select(e => e.Cursor).Distinct().Count());

        // Live again after the replay: one more, once.
        var last = await feed.PublishAsync(o => o.Title = $"{marker} live");
        var next = await resumed.NextAsync();
        Assert.Equal(("PUBLISHED", last.Id), (next.Kind, next.OfferId));
    }

    [Fact]
    public async Task A_delivered_offer_is_followed_when_full_open_again_unpublished_republished_and_removed_even_full_and_no_other_is()
    {
        await using var feed = OfferFeed.Start(api);
        var marker = OfferFeed.Marker("suite");
        var before = await feed.PublishAsync(o => o.Title = $"{marker} avant");
        await using var subscriber = await feed.SubscribeAsync(null, new { where = new { title = new { contains = marker } } });

        await feed.UpdateAsync(before.Id, "status = 'removed'");
        var other = await feed.PublishAsync(o => o.Title = "Sans le mot");
        var offer = await feed.PublishAsync(o => (o.Title, o.Seats) = ($"{marker} suivie", 2));
        await feed.UpdateAsync(other.Id, "status = 'unpublished'");
        await feed.UpdateAsync(offer.Id, "seats_taken = 2");
        await feed.UpdateAsync(offer.Id, "seats_taken = 1");
        await feed.UpdateAsync(offer.Id, "description = 'Modifiée'");
        await feed.UpdateAsync(offer.Id, "status = 'unpublished'");
        await feed.UpdateAsync(offer.Id, "status = 'published'");
        await feed.UpdateAsync(offer.Id, "status = 'removed'");
        var full = await feed.PublishAsync(o => (o.Title, o.Seats) = ($"{marker} pleine", 1));
        await feed.UpdateAsync(full.Id, "seats_taken = 1");
        await feed.UpdateAsync(full.Id, "status = 'removed'");
        var sentinel = await feed.PublishAsync(o => o.Title = $"{marker} fin");

        var events = await subscriber.UntilAsync(sentinel.Id);
        Assert.Equal(
            [("PUBLISHED", offer.Id), ("FULL", offer.Id), ("PUBLISHED", offer.Id), ("UNPUBLISHED", offer.Id),
             ("PUBLISHED", offer.Id), ("REMOVED", offer.Id), ("PUBLISHED", full.Id), ("FULL", full.Id), ("REMOVED", full.Id),
             ("PUBLISHED", sentinel.Id)],
            events.Select(e => (e.Kind, e.OfferId)));
    }

    [Fact]
    public async Task The_publishers_mutations_through_another_instance_reach_a_subscriber_of_this_one()
    {
        await using var feed = OfferFeed.Start(api);
        var marker = OfferFeed.Marker("mutation");
        await using var subscriber = await feed.SubscribeAsync(null, new { where = new { title = new { contains = marker } } });

        var publisher = await new OfferPeople(api).OperatorAsync();
        var created = await publisher.SucceedAsync("createOffer", OfferInputs.Seconde($"{marker} créée")
            .With("newEmployer", OfferInputs.NewEmployer()).With("publish", true));
        var id = created["id"]!.GetValue<string>();
        await publisher.SucceedAsync("unpublishOffer", new { offerId = id });
        await publisher.SucceedAsync("publishOffer", new { offerId = id });
        await publisher.SucceedAsync("removeOffer", new { offerId = id });

        var offerId = GlobalId.Parse(id, OfferType.TypeName);
        var events = new List<FeedEvent>();
        for (var i = 0; i < 4; i++)
        {
            events.Add(await subscriber.NextAsync());
        }

        Assert.Equal(
            [("PUBLISHED", offerId), ("UNPUBLISHED", offerId), ("PUBLISHED", offerId), ("REMOVED", offerId)],
            events.Select(e => (e.Kind, e.OfferId)));
    }

    [Fact]
    public async Task Each_event_carries_the_offer_as_it_is_now_and_none_once_removed()
    {
        await using var feed = OfferFeed.Start(api);
        var marker = OfferFeed.Marker("lue");
        await using var subscriber = await feed.SubscribeAsync(null, new { where = new { title = new { contains = marker } } },
            "subscription ($where: OfferFilterInput) { offersPublished(where: $where) { kind offer { title employer { name } } } }");

        var offer = await feed.PublishAsync(o => o.Title = $"{marker} lue");
        var published = (await subscriber.Client.ReceiveForAsync("s"))["payload"]!["data"]!["offersPublished"]!;
        Assert.Equal($"{marker} lue", published["offer"]!["title"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupré", published["offer"]!["employer"]!["name"]!.GetValue<string>());

        await feed.UpdateAsync(offer.Id, "status = 'removed'");
        var removed = (await subscriber.Client.ReceiveForAsync("s"))["payload"]!["data"]!["offersPublished"]!;
        Assert.Equal("REMOVED", removed["kind"]!.GetValue<string>());
        Assert.Null(removed["offer"]);
    }

    [Fact]
    public async Task A_reserved_offer_reaches_only_the_pupils_and_staff_of_its_schools_and_those_who_see_every_offer()
    {
        await using var feed = OfferFeed.Start(api);
        var scenario = new ApplicationScenario(api);
        var marker = OfferFeed.Marker("reserve");
        var (a, b) = (await scenario.SchoolAsync(), await scenario.SchoolAsync());
        var callers = new (string Who, string? Token, bool Sees)[]
        {
            ("anonymous", null, false),
            ("pupil of A", await api.TokenForAsync(DevelopmentLogin.Pupil((await scenario.PupilAsync(a)).Ine)), true),
            ("staff of A", await StaffTokenAsync(a), true),
            ("pupil of B", await api.TokenForAsync(DevelopmentLogin.Pupil((await scenario.PupilAsync(b)).Ine)), false),
            ("staff of B", await StaffTokenAsync(b), false),
            ("admin", await api.TokenForAsync(DevelopmentLogin.Admin("feed-reserved")), true),
        };
        var subscribers = new List<FeedSubscriber>();
        foreach (var caller in callers)
        {
            subscribers.Add(await feed.SubscribeAsync(caller.Token, new { where = new { title = new { contains = marker } } }));
        }

        var reserved = await feed.PublishAsync(o => (o.Title, o.ReservedSchoolIds) = ($"{marker} réservée", [a.Id]));
        var open = await feed.PublishAsync(o => o.Title = $"{marker} ouverte");
        for (var i = 0; i < callers.Length; i++)
        {
            var received = (await subscribers[i].UntilAsync(open.Id)).Select(e => e.OfferId).ToList();
            Assert.True((callers[i].Sees ? [reserved.Id, open.Id] : new[] { open.Id }).SequenceEqual(received), $"{callers[i].Who} received {string.Join(", ", received)}");
            await subscribers[i].DisposeAsync();
        }
    }

    [Fact]
    public async Task A_pupil_gets_the_offers_of_their_own_grade_unless_they_ask_for_every_grade_as_in_offers()
    {
        await using var feed = OfferFeed.Start(api);
        var scenario = new ApplicationScenario(api);
        var marker = OfferFeed.Marker("niveau");
        var token = await api.TokenForAsync(DevelopmentLogin.Pupil((await scenario.PupilAsync(await scenario.SchoolAsync(), Grade.Troisieme)).Ine));
        var where = new { title = new { contains = marker } };
        await using var own = await feed.SubscribeAsync(token, new { where });
        await using var any = await feed.SubscribeAsync(token, new { where },
            "subscription ($where: OfferFilterInput) { offersPublished(where: $where, viewer: { grade: ANY }) { cursor kind offerId } }");

        var seconde = await feed.PublishAsync(o => o.Title = $"{marker} seconde");
        var troisieme = await feed.PublishAsync(o => (o.Title, o.Grades) = ($"{marker} troisième", [Grade.Troisieme]));
        Assert.Equal([troisieme.Id], (await own.UntilAsync(troisieme.Id)).Select(e => e.OfferId));
        Assert.Equal([seconde.Id, troisieme.Id], (await any.UntilAsync(troisieme.Id)).Select(e => e.OfferId));
    }

    [Fact]
    public async Task A_subscriber_that_stops_reading_is_disconnected_as_too_slow()
    {
        await using var feed = OfferFeed.Start(api, b => b
            .UseSetting("Stage:Subscriptions:BufferSize", "5")
            .UseSetting("Stage:Subscriptions:DeliveryWindow", "1"));
        var marker = OfferFeed.Marker("lent");
        // Each event asks for the offer's description 25 times: about 75 KB a message, so that the socket fills fast.
        var fields = string.Join(" ", Enumerable.Range(0, 25).Select(i => $"d{i}: offer {{ description }}"));
        await using var subscriber = await feed.SubscribeAsync(null, new { where = new { title = new { contains = marker } } },
            $"subscription ($where: OfferFilterInput) {{ offersPublished(where: $where) {{ cursor kind offerId {fields} }} }}");

        // A first event read shows the stream live (past its replay), where an overflow means a slow reader.
        var first = await feed.PublishAsync(o => o.Title = $"{marker} premier");
        Assert.Equal(first.Id, (await subscriber.UntilAsync(first.Id))[^1].OfferId);
        await feed.PublishAsync(Enumerable.Range(0, 300).Select(i => (Action<Offer>)(o => (o.Title, o.Description) = ($"{marker} {i}", new string('é', 1500)))));

        var (code, reason) = await subscriber.Client.ReceiveCloseAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(SlowConsumerError.CloseCode, code);
        Assert.StartsWith("Subscriber too slow", reason, StringComparison.Ordinal);
    }

    public static TheoryData<string> BadArguments =>
    [
        """{ "where": { "sectorCode": { "in": [] } } }""",
        """{ "where": { "period": { "overlaps": { "from": "2026-06-30", "to": "2026-06-01" } } } }""",
        """{ "where": { "title": { "eq": "x", "contains": null } } }""",
        """{ "near": { "latitude": 48.85, "longitude": 2.35, "radiusKm": 500 } }""",
        """{ "near": { "latitude": 95, "longitude": 2.35 } }""",
        """{ "near": { "place": "nowhere-at-all" } }""",
        """{ "near": { "latitude": 48.85, "longitude": 2.35, "postalCode": "75011" } }""",
        $$"""{ "search": "{{new string('a', 201)}}" }""",
    ];

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Arguments_offers_refuses_are_refused_with_the_same_code(string variables)
    {
        await using var feed = OfferFeed.Start(api);
        var values = JsonNode.Parse(variables)!.AsObject();
        var search = await api.GraphQL.PostAsync(
            "query ($where: OfferFilterInput, $near: NearInput, $search: String) { offers(where: $where, near: $near, search: $search) { totalCount } }", values);
        var expected = Assert.Single(search.ErrorCodes);
        Assert.NotNull(expected);
        Assert.NotEqual("INTERNAL_SERVER_ERROR", expected);
        Assert.Equal(expected, await feed.RefusalAsync(null, values));
    }

    [Fact]
    public async Task A_cursor_not_of_this_feed_and_a_pupil_view_asked_by_anyone_else_are_refused()
    {
        await using var feed = OfferFeed.Start(api);
        Assert.Equal("INVALID_CURSOR", await feed.RefusalAsync(null, new { after = "bm90LWEtY3Vyc29y" }));
        var scenario = await RealtimeScenario.CreateAsync(api);
        Assert.Equal("INVALID_CURSOR", await feed.RefusalAsync(null, new { after = await scenario.LastCursorAsync() }));

        await using var client = await GraphQLWebSocketClient.ConnectAsync(feed.Address);
        await client.InitAsync();
        await client.SubscribeAsync("s", "subscription { offersPublished(viewer: { grade: OWN }) { kind } }");
        Assert.Equal("PUPILS_ONLY", await new FeedSubscriber(client).ErrorCodeAsync());
    }

    private async Task<string> StaffTokenAsync(School school)
    {
        await using var db = api.CreateDbContext();
        var staff = new StaffMember
        {
            SchoolId = school.Id, FirstName = "Anne", LastName = "Proviseur", Role = StaffRole.Teacher,
            Email = $"{OfferFeed.Marker("prof")}@lycee.example",
        };
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return await api.TokenForAsync(DevelopmentLogin.Staff(staff.Email));
    }
}
