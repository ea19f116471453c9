namespace Stage.Api.Data.Seed;

/// <summary>
/// Hands out UAIs not used yet: the next free serial of the département with its check letter; when
/// a département has used all 10,000 serials, other letters of the same serials.
/// </summary>
internal sealed class UaiAllocator(IEnumerable<string> existing)
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private readonly HashSet<string> used = new(existing, StringComparer.Ordinal);
    private readonly Dictionary<string, int> nextSerial = new(StringComparer.Ordinal);

    public string Next(string departmentCode)
    {
        var prefix = Identifiers.UaiPrefix(departmentCode);
        var serial = nextSerial.GetValueOrDefault(prefix, 1);
        for (; serial < 10_000; serial++)
        {
            var uai = Identifiers.Uai(prefix, serial);
            if (used.Add(uai))
            {
                nextSerial[prefix] = serial + 1;
                return uai;
            }
        }

        nextSerial[prefix] = serial;
        for (var s = 0; s < 10_000; s++)
        {
            foreach (var letter in Letters)
            {
                var uai = Identifiers.Uai(prefix, s)[..7] + letter;
                if (used.Add(uai))
                {
                    return uai;
                }
            }
        }

        throw new InvalidOperationException($"No UAI left for département {departmentCode}.");
    }
}
