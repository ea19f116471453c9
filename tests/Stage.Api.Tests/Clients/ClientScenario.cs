using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;
using Stage.Api.Tests.Realtime;

namespace Stage.Api.Tests.Clients;

/// <summary>
/// What the client scripts work on: an employer of its own name with five offers titled in order (to page through),
/// a pupil's application to the first, and both people's tokens; handed to a script as one JSON argument.
/// </summary>
public sealed record ClientScenario(RealtimeScenario Realtime, string EmployerName, IReadOnlyList<string> OfferIds)
{
    public static readonly string[] Titles = ["Atelier A", "Atelier B", "Atelier C", "Atelier D", "Atelier E"];

    private static int s_serial;

    public static async Task<ClientScenario> CreateAsync(ApiFixture api)
    {
        var realtime = await RealtimeScenario.CreateAsync(api, o => o.Title = Titles[0]);
        var name = $"Maison des clients {Interlocked.Increment(ref s_serial)}";
        await using var db = api.CreateDbContext();
        var employer = await db.Employers.SingleAsync(e => e.Id == realtime.Offer.EmployerId);
        employer.Name = name;
        await db.SaveChangesAsync();
        var offerIds = new List<string> { ApplicationScenario.Id(realtime.Offer) };
        foreach (var (title, index) in Titles.Skip(1).Select((t, i) => (t, i + 1)))
        {
            var offer = await db.AddOfferAsync(employer, o =>
            {
                o.Title = title;
                o.Latitude += index * 0.01;
            });
            offerIds.Add(ApplicationScenario.Id(offer));
        }

        return new ClientScenario(realtime, name, offerIds);
    }

    /// <summary>The scenario as the scripts read it, for the API at <paramref name="address"/>, with anything else they need.</summary>
    public string ToJson(string address, object? extra = null)
    {
        var values = new Dictionary<string, object?>
        {
            ["url"] = address + "/graphql",
            ["pupilToken"] = Realtime.PupilToken,
            ["employerToken"] = Realtime.EmployerToken,
            ["applicationId"] = Realtime.ApplicationId,
            ["employerName"] = EmployerName,
            ["offerIds"] = OfferIds,
            ["repository"] = RepositoryPaths.Root,
        };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
            {
                values[property.Name] = property.Value;
            }
        }

        return JsonSerializer.Serialize(values);
    }
}
