using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Stage.Api.Geography;

/// <summary>How a commune's point was found (see README, Places).</summary>
public enum PointPrecision
{
    /// <summary>A populated place of the commune itself (GeoNames).</summary>
    Place,

    /// <summary>The point of the most populous commune of the same département sharing a postal code.</summary>
    PostalCode,

    /// <summary>The point of the most populous commune of its intercommunality (EPCI), in the same département.</summary>
    Intermunicipality,

    /// <summary>The point of its département's chef-lieu.</summary>
    Department,

    /// <summary>An approximate point given by hand (uninhabited overseas territories).</summary>
    Manual,
}

/// <summary>A commune, or a municipal arrondissement of Paris, Lyon or Marseille (then <see cref="CityCode"/> is its city's).</summary>
public sealed record Commune(
    string Code,
    string Name,
    string DepartmentCode,
    string RegionCode,
    int Population,
    IReadOnlyList<string> PostalCodes,
    double Latitude,
    double Longitude,
    PointPrecision Precision,
    string? CityCode)
{
    public bool IsArrondissement => CityCode is not null;

    public Academy? Academy => FrenchAcademies.OfDepartment(DepartmentCode);
}

/// <summary>
/// A département as INSEE lists it; the overseas collectivités (975, 977, 978, 984, 986..989) are listed the same way.
/// <see cref="Bounds"/> is the box of every GeoNames populated place filed there, for checking the points.
/// </summary>
public sealed record Department(string Code, string Name, string RegionCode, string ChefLieuCode, BoundingBox? Bounds);

public sealed record Region(string Code, string Name, string ChefLieuCode);

public sealed record BoundingBox(double South, double West, double North, double East)
{
    public bool Contains(double latitude, double longitude, double marginDegrees) =>
        latitude >= South - marginDegrees && latitude <= North + marginDegrees
        && longitude >= West - marginDegrees && longitude <= East + marginDegrees;
}

/// <summary>
/// Every current French commune with its postal codes, département, région and a point, read once from the data file
/// that tools/gazetteer builds (embedded in the assembly); <c>./stage migrate</c> copies it into the database's tables.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Stage.Api.Geography.gazetteer.tsv.gz";

    private static readonly Lazy<Gazetteer> Loaded = new(Load);

    private readonly Dictionary<string, Commune> _communes;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, Commune[]> _byPostalCode;
    private readonly Dictionary<string, long> _populations = new(StringComparer.Ordinal);

    private Gazetteer(List<Commune> communes, List<Department> departments, List<Region> regions, string sha256)
    {
        Communes = communes;
        Departments = departments;
        Regions = regions;
        DataSha256 = sha256;
        _communes = communes.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _departments = departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _byPostalCode = communes.SelectMany(c => c.PostalCodes.Select(p => (p, c)))
            .GroupBy(x => x.p, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.c).OrderByDescending(c => c.Population).ToArray(), StringComparer.Ordinal);
        foreach (var commune in communes.Where(c => !c.IsArrondissement))
        {
            Add("D" + commune.DepartmentCode, commune.Population);
            Add("R" + commune.RegionCode, commune.Population);
            Add("A" + commune.Academy?.Code, commune.Academy is null ? 0 : commune.Population);
        }
    }

    public static Gazetteer France => Loaded.Value;

    public IReadOnlyList<Commune> Communes { get; }

    public IReadOnlyList<Department> Departments { get; }

    public IReadOnlyList<Region> Regions { get; }

    /// <summary>The SHA-256 of the data file, which tells whether a database holds this version of it.</summary>
    public string DataSha256 { get; }

    public Commune? Commune(string? code) => code is not null && _communes.TryGetValue(code, out var commune) ? commune : null;

    public Department? Department(string? code) => code is not null && _departments.TryGetValue(code, out var department) ? department : null;

    public Region? Region(string? code) => code is not null && _regions.TryGetValue(code, out var region) ? region : null;

    /// <summary>The communes and arrondissements a postal code serves, most populous first; empty when unknown.</summary>
    public IReadOnlyList<Commune> WithPostalCode(string? postalCode) =>
        postalCode is not null && _byPostalCode.TryGetValue(postalCode, out var communes) ? communes : [];

    public IEnumerable<string> PostalCodes => _byPostalCode.Keys;

    public long PopulationOf(Department department) => _populations.GetValueOrDefault("D" + department.Code);

    public long PopulationOf(Region region) => _populations.GetValueOrDefault("R" + region.Code);

    public long PopulationOf(Academy academy) => _populations.GetValueOrDefault("A" + academy.Code);

    private void Add(string key, long population) => _populations[key] = _populations.GetValueOrDefault(key) + population;

    private static Gazetteer Load()
    {
        using var resource = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The gazetteer ({ResourceName}) is not embedded in the assembly.");
        using var bytes = new MemoryStream();
        resource.CopyTo(bytes);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
        bytes.Position = 0;
        using var reader = new StreamReader(new GZipStream(bytes, CompressionMode.Decompress));

        var (communes, departments, regions) = (new List<Commune>(35_100), new List<Department>(), new List<Region>());
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "R":
                    regions.Add(new Region(f[1], f[2], f[3]));
                    break;
                case "D":
                    departments.Add(new Department(f[1], f[2], f[3], f[4],
                        f[5].Length == 0 ? null : new BoundingBox(Number(f[5]), Number(f[6]), Number(f[7]), Number(f[8]))));
                    break;
                case "C":
                    communes.Add(new Commune(f[1], f[2], f[3], f[4], int.Parse(f[5], CultureInfo.InvariantCulture),
                        f[6].Length == 0 ? [] : f[6].Split(' '), Number(f[7]), Number(f[8]), Enum.Parse<PointPrecision>(f[9].Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                        f[10].Length == 0 ? null : f[10]));
                    break;
            }
        }

        return new Gazetteer(communes, departments, regions, sha256);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
