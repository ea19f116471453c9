using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Stage.Api.Geography;

public enum PlaceKind
{
    Commune,
    Arrondissement,
    Department,
    Region,
    Academy,
}

/// <summary>
/// A place people search by: a commune or municipal arrondissement, or a département, région or académie, whose point
/// is that of its chef-lieu (its seat for an académie). Population is the legal municipal population, summed for territories.
/// </summary>
public sealed record Place(
    PlaceKind Kind,
    string Code,
    string Name,
    long Population,
    IReadOnlyList<string> PostalCodes,
    string? DepartmentCode,
    string? RegionCode,
    string? AcademyCode,
    double Latitude,
    double Longitude,
    PointPrecision Precision,
    string? CityCode)
{
    private const string IdPrefix = "Place:";

    /// <summary>Opaque to clients: base64url of "Place:kind:code".</summary>
    public string Id => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{IdPrefix}{Kind.ToString().ToLowerInvariant()}:{Code}"));

    public static bool TryDecodeId(string value, out PlaceKind kind, out string code)
    {
        (kind, code) = (default, "");
        if (value.Length > 64 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split(':');
        return parts.Length == 3 && string.Equals(parts[0] + ":", IdPrefix, StringComparison.Ordinal)
            && Enum.TryParse(parts[1], ignoreCase: true, out kind) && !int.TryParse(parts[1], CultureInfo.InvariantCulture, out _)
            && (code = parts[2]).Length > 0;
    }
}

/// <summary>
/// Every place of the gazetteer, found by id, code or postal code, and the autocomplete over their names and codes.
/// Held in memory (35,000 communes take a few megabytes) so that a keystroke costs no database round trip.
/// </summary>
public sealed class PlaceDirectory
{
    public const int MaxSearchLength = 100;
    public const int MaxResults = 50;

    /// <summary>Answers kept; when full, it starts over rather than tracking recency.</summary>
    private const int MaxKeptAnswers = 20_000;

    private static readonly Lazy<PlaceDirectory> Loaded = new(() => new PlaceDirectory(Gazetteer.France));

    private readonly Dictionary<(PlaceKind, string), Place> _byKindAndCode = [];
    private readonly PrefixIndex _names;
    private readonly PrefixIndex _codes;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, int First), IReadOnlyList<Place>> _answers = new();

    private PlaceDirectory(Gazetteer gazetteer)
    {
        var places = new List<Place>(gazetteer.Communes.Count + 200);
        foreach (var commune in gazetteer.Communes)
        {
            places.Add(new Place(commune.IsArrondissement ? PlaceKind.Arrondissement : PlaceKind.Commune, commune.Code, commune.Name,
                commune.Population, commune.PostalCodes, commune.DepartmentCode, commune.RegionCode, commune.Academy?.Code,
                commune.Latitude, commune.Longitude, commune.Precision, commune.CityCode));
        }

        Commune Seat(string code, Func<Commune, bool> inside) =>
            gazetteer.Commune(code) is { } seat && inside(seat) ? seat : gazetteer.Communes.Where(inside).MaxBy(c => c.Population)!;

        foreach (var department in gazetteer.Departments)
        {
            var seat = Seat(department.ChefLieuCode, c => c.DepartmentCode == department.Code);
            places.Add(new Place(PlaceKind.Department, department.Code, department.Name, gazetteer.PopulationOf(department), [],
                department.Code, department.RegionCode, FrenchAcademies.OfDepartment(department.Code)?.Code, seat.Latitude, seat.Longitude, seat.Precision, null));
        }

        foreach (var region in gazetteer.Regions)
        {
            var seat = Seat(region.ChefLieuCode, c => c.RegionCode == region.Code);
            places.Add(new Place(PlaceKind.Region, region.Code, region.Name, gazetteer.PopulationOf(region), [],
                null, region.Code, null, seat.Latitude, seat.Longitude, seat.Precision, null));
        }

        foreach (var academy in FrenchAcademies.All)
        {
            var seat = Seat(academy.SeatCode, c => academy.DepartmentCodes.Contains(c.DepartmentCode));
            places.Add(new Place(PlaceKind.Academy, academy.Code, academy.Name, gazetteer.PopulationOf(academy), [],
                null, seat.RegionCode, academy.Code, seat.Latitude, seat.Longitude, seat.Precision, null));
        }

        foreach (var place in places)
        {
            _byKindAndCode[(place.Kind, place.Code)] = place;
        }

        _names = new PrefixIndex(places.SelectMany(NameKeys));
        _codes = new PrefixIndex(places.SelectMany(CodeKeys));
    }

    public static PlaceDirectory France => Loaded.Value;

    /// <summary>
    /// Builds the directory off the request path once the server has started (a few seconds of CPU), so that the first
    /// autocomplete request does not pay for it, nor run into the execution timeout on a busy machine.
    /// </summary>
    public static void LoadInBackground() => _ = Task.Run(() => Loaded.Value);

    public Place? Find(PlaceKind kind, string code) => _byKindAndCode.GetValueOrDefault((kind, code));

    /// <summary>A commune or arrondissement by INSEE code, or any place by its id; null when neither.</summary>
    public Place? FindByCodeOrId(string value) =>
        Find(PlaceKind.Commune, value.ToUpperInvariant()) ?? Find(PlaceKind.Arrondissement, value.ToUpperInvariant())
        ?? (Place.TryDecodeId(value, out var kind, out var code) ? Find(kind, code) : null);

    /// <summary>
    /// The best <paramref name="first"/> places for what a person typed: names compared without case, accents, hyphens
    /// or apostrophes, "st"/"ste" standing for "saint"/"sainte", the last word as a prefix; or codes (INSEE, postal,
    /// département) and their prefixes. Exact matches first, then whole-name prefixes, then later words; each by population.
    /// Answers are kept (the directory never changes): what people type repeats, and the first letters, which match
    /// thousands of names, are what everyone types first.
    /// </summary>
    public IReadOnlyList<Place> Search(string text, int first)
    {
        if (_answers.TryGetValue((text, first), out var known))
        {
            return known;
        }

        if (_answers.Count >= MaxKeptAnswers)
        {
            _answers.Clear();
        }

        return _answers[(text, first)] = Rank(text, first);
    }

    private IReadOnlyList<Place> Rank(string text, int first)
    {
        var best = new Dictionary<Place, MatchQuality>(ReferenceEqualityComparer.Instance);
        void Consider(Place place, MatchQuality quality)
        {
            if (!best.TryGetValue(place, out var current) || quality < current)
            {
                best[place] = quality;
            }
        }

        var code = text.Trim().ToUpperInvariant();
        if (code.Length is > 0 and <= 5 && char.IsAsciiDigit(code[0]) && code.All(c => char.IsAsciiDigit(c) || c is 'A' or 'B'))
        {
            foreach (var (key, place, exactOnly) in _codes.WithPrefix(code))
            {
                if (key.Length == code.Length)
                {
                    Consider(place, MatchQuality.Exact);
                }
                else if (!exactOnly)
                {
                    Consider(place, MatchQuality.Prefix);
                }
            }
        }

        var tokens = Tokens(text);
        if (tokens.Count > 0)
        {
            var complete = string.Concat(tokens.Take(tokens.Count - 1).Select(t => Canonical(t) + " "));
            var whole = complete + Canonical(tokens[^1]);
            foreach (var last in LastWordPrefixes(tokens[^1]))
            {
                foreach (var (key, place, inner) in _names.WithPrefix(complete + last))
                {
                    Consider(place, inner ? MatchQuality.LaterWord : string.Equals(key, whole, StringComparison.Ordinal) ? MatchQuality.Exact : MatchQuality.Prefix);
                }
            }
        }

        return [.. best
            .OrderBy(p => p.Value)
            .ThenBy(p => p.Value == MatchQuality.Exact ? KindOrder(p.Key.Kind) : 0)
            .ThenByDescending(p => p.Key.Population)
            .ThenBy(p => p.Key.Code, StringComparer.Ordinal)
            .Take(first)
            .Select(p => p.Key)];
    }

    /// <summary>Names in canonical words: lower case, no accents, ligatures spelt out, every other character a space.</summary>
    public static List<string> Tokens(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                _ when char.IsAsciiLetterOrDigit(lower) => lower.ToString(),
                _ => " ",
            });
        }

        return [.. builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>A name as people may write it, compared: "ST ÉTIENNE", "Saint-Etienne" and "st etienne" give one key.</summary>
    public static string NameKey(string name) => string.Join(' ', Tokens(name).Select(Canonical));

    // "Saint" and "St" are one word to a person; '~' marks the abbreviation so that "st" is never a prefix of "strasbourg".
    private static string Canonical(string token) => token switch
    {
        "saint" or "st" => "st~",
        "sainte" or "ste" => "ste~",
        _ => token,
    };

    private static IEnumerable<string> LastWordPrefixes(string token)
    {
        yield return token;
        if (token.Length >= 2 && "saint".StartsWith(token, StringComparison.Ordinal))
        {
            yield return "st~";
        }

        if (token.Length >= 2 && "sainte".StartsWith(token, StringComparison.Ordinal))
        {
            yield return "ste~";
        }
    }

    private static IEnumerable<(string Key, Place Place, bool Inner)> NameKeys(Place place)
    {
        var words = Tokens(place.Name).Select(Canonical).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            yield return (string.Join(' ', words[i..]), place, i > 0);
        }
    }

    // Postal codes match by prefix; INSEE and département codes only whole ("690" is no commune's INSEE code prefix to a person).
    private static IEnumerable<(string Key, Place Place, bool ExactOnly)> CodeKeys(Place place) => place.Kind switch
    {
        PlaceKind.Commune or PlaceKind.Arrondissement => place.PostalCodes.Select(c => (c, place, false)).Append((place.Code, place, true)),
        PlaceKind.Department => [(place.Code, place, true)],
        _ => [],
    };

    private static int KindOrder(PlaceKind kind) => kind is PlaceKind.Commune or PlaceKind.Arrondissement ? 0 : 1;

    private enum MatchQuality
    {
        Exact,
        Prefix,
        LaterWord,
    }

    /// <summary>Keys sorted once; a prefix is a contiguous range found by binary search.</summary>
    private sealed class PrefixIndex
    {
        private readonly (string Key, Place Place, bool Inner)[] _entries;

        public PrefixIndex(IEnumerable<(string Key, Place Place, bool Inner)> entries)
        {
            _entries = [.. entries];
            Array.Sort(_entries, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        }

        public IEnumerable<(string Key, Place Place, bool Inner)> WithPrefix(string prefix)
        {
            var (low, high) = (0, _entries.Length);
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (string.CompareOrdinal(_entries[middle].Key, prefix) < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            for (var i = low; i < _entries.Length && _entries[i].Key.StartsWith(prefix, StringComparison.Ordinal); i++)
            {
                yield return _entries[i];
            }
        }
    }
}
