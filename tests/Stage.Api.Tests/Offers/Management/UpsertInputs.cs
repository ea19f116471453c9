using System.Globalization;

namespace Stage.Api.Tests.Offers.Management;

/// <summary>Batches of valid upsert items, as an operator's system would send them.</summary>
public static class UpsertInputs
{
    /// <summary>
    /// <paramref name="count"/> items with remote ids <c>{prefix}-0</c>..., spread over 10 employers (by SIRET)
    /// and alternating collège and 2nde offers; descriptions of <paramref name="descriptionLength"/> characters.
    /// </summary>
    public static List<Dictionary<string, object?>> Batch(int count, string prefix = "R", int descriptionLength = 60, bool? publish = true)
    {
        var items = new List<Dictionary<string, object?>>(count);
        for (var i = 0; i < count; i++)
        {
            var seconde = i % 2 == 0;
            var item = new Dictionary<string, object?>
            {
                ["remoteId"] = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{i}"),
                ["title"] = string.Create(CultureInfo.InvariantCulture, $"Offre {prefix} {i}"),
                ["description"] = new string('d', descriptionLength),
                ["sectorCode"] = string.Create(CultureInfo.InvariantCulture, $"s{1 + (i % 51)}"),
                ["grades"] = seconde ? new[] { "SECONDE" } : new[] { "TROISIEME" },
                ["weeks"] = seconde ? new[] { "2026-W25", "2026-W26" } : new[] { "2026-W05", "2026-W06", "2026-W07" },
                ["seats"] = 1 + (i % 7),
                ["address"] = new { street = "1 rue du Port", postalCode = "13002", city = "Marseille" },
                ["latitude"] = 43.2965 + (i * 1e-4),
                ["longitude"] = 5.3698,
                ["newEmployer"] = new
                {
                    name = string.Create(CultureInfo.InvariantCulture, $"Hôte {i % 10}"),
                    kind = "PRIVATE_COMPANY",
                    siret = string.Create(CultureInfo.InvariantCulture, $"{90000000000000 + (i % 10)}"),
                },
            };
            if (publish is not null)
            {
                item["publish"] = publish;
            }

            items.Add(item);
        }

        return items;
    }
}
