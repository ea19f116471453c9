using System.Globalization;
using GraphQL.Types;
using Stage.Api.Geography;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search;

/// <summary>How many offers a search matches in all, and per sector, département and grade, largest first.</summary>
public sealed record OfferFacets(
    long Total,
    IReadOnlyList<FacetCount<Sector>> Sectors,
    IReadOnlyList<FacetCount<string>> Departments,
    IReadOnlyList<FacetCount<Grade>> Grades)
{
    /// <summary>Académies are unions of départements, so their counts add up the départements'.</summary>
    public IReadOnlyList<FacetCount<Academy>> Academies =>
    [
        .. Departments
            .Select(d => (Academy: FrenchAcademies.OfDepartment(d.Value), d.Count))
            .Where(d => d.Academy is not null)
            .GroupBy(d => d.Academy!)
            .Select(g => new FacetCount<Academy>(g.Key, g.Sum(d => d.Count)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value.Code, StringComparer.Ordinal),
    ];
}

public sealed record FacetCount<T>(T Value, long Count);

/// <summary>
/// Adds up the rows of a facet count (<see cref="OfferSearchSql.Facets"/>): per sector, per département, per set of
/// grades (counted once per offer, added here to each grade of the set) and the total.
/// </summary>
public sealed class OfferFacetRows
{
    private readonly Dictionary<int, long> _sectors = [];
    private readonly Dictionary<string, long> _departments = new(StringComparer.Ordinal);
    private readonly Dictionary<Grade, long> _grades = [];
    private long _total;

    public void Add(int facet, string? value, long count)
    {
        switch (facet)
        {
            case 0:
                _sectors[int.Parse(value!, CultureInfo.InvariantCulture)] = count;
                break;
            case 1 when value is not null:
                _departments[value] = count;
                break;
            case 2:
                foreach (var grade in value!.Trim('{', '}').Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var key = Enum.Parse<Grade>(grade, ignoreCase: true);
                    _grades[key] = _grades.GetValueOrDefault(key) + count;
                }

                break;
            case 3:
                _total = count;
                break;
        }
    }

    public OfferFacets ToFacets() => new(
        _total,
        [.. _sectors.Select(s => new FacetCount<Sector>(Sectors.ById(s.Key), s.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value.Id)],
        [.. _departments.Select(d => new FacetCount<string>(d.Key, d.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)],
        [.. _grades.Select(g => new FacetCount<Grade>(g.Key, g.Value)).OrderByDescending(f => f.Count).ThenBy(f => f.Value)]);
}

public sealed class OfferFacetsType : ObjectGraphType<OfferFacets>
{
    public OfferFacetsType()
    {
        Name = "OfferFacets";
        Description = "Counts of the offers a search matches, by sector, département, académie and grade; largest first, empty groups left out.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorFacetType>>>>("sectors")
            .Description("Offers per sector of activity.").Resolve(c => c.Source.Sectors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentFacetType>>>>("departments")
            .Description("Offers per département (offers abroad have none).").Resolve(c => c.Source.Departments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AcademyFacetType>>>>("academies")
            .Description("Offers per académie (offers abroad and in the overseas collectivités have none).").Resolve(c => c.Source.Academies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GradeFacetType>>>>("grades")
            .Description("Offers per grade; an offer open to 4e and 3e counts in both.").Resolve(c => c.Source.Grades);
    }
}

public sealed class SectorFacetType : ObjectGraphType<FacetCount<Sector>>
{
    public SectorFacetType()
    {
        Name = "SectorFacet";
        Description = "How many matching offers belong to a sector.";
        Field<NonNullGraphType<SectorType>>("sector").Description("The sector.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}

public sealed class GradeFacetType : ObjectGraphType<FacetCount<Grade>>
{
    public GradeFacetType()
    {
        Name = "GradeFacet";
        Description = "How many matching offers are open to a grade.";
        Field<NonNullGraphType<GradeType>>("grade").Description("The grade.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}

public sealed class AcademyFacetType : ObjectGraphType<FacetCount<Academy>>
{
    public AcademyFacetType()
    {
        Name = "AcademyFacet";
        Description = "How many matching offers lie in an académie.";
        Field<NonNullGraphType<AcademyType>>("academy").Description("The académie.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}

public sealed class DepartmentFacetType : ObjectGraphType<FacetCount<string>>
{
    public DepartmentFacetType()
    {
        Name = "DepartmentFacet";
        Description = "How many matching offers lie in a département.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("The département code (01..95, 2A, 2B, 971..976).").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The département's name, in French.")
            .Resolve(c => FrenchDepartments.Find(c.Source.Value)?.Name ?? c.Source.Value);
        Field<NonNullGraphType<IntGraphType>>("count").Description("The number of matching offers.").Resolve(c => (int)c.Source.Count);
    }
}
