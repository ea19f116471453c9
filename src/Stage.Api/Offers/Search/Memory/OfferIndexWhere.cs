using Stage.Api.Kit.Filtering;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Search.Memory;

/// <summary>
/// The part of <c>OfferFilterInput</c> the index in memory applies itself, with the SQL's meaning (<see cref="OfferFilter"/>):
/// conditions joined by AND on the sector (any operator: read as the matching sectors' ids), the grades (<c>some</c> with
/// <c>eq</c> or <c>in</c>: the offer is open to one of them), the period (<c>overlaps</c>, <c>within</c>), the
/// département and the region (<c>eq</c>, <c>in</c>). Anything else (an OR, another field or operator) is left to SQL.
/// </summary>
public sealed class OfferIndexWhere
{
    public static readonly OfferIndexWhere Nothing = new();

    private static readonly FilterField SectorField = OfferFilter.Fields[OfferFilterFields.SectorCode];
    private static readonly FilterField GradesField = OfferFilter.Fields[OfferFilterFields.Grades];
    private static readonly FilterField PeriodField = OfferFilter.Fields[OfferFilterFields.Period];
    private static readonly FilterField DepartmentField = OfferFilter.Fields[OfferFilterFields.DepartmentCode];
    private static readonly FilterField RegionField = OfferFilter.Fields[OfferFilterFields.RegionCode];
    private static readonly FilterField[] Held = [SectorField, GradesField, PeriodField, DepartmentField, RegionField];

    /// <summary>Sets of sector ids the offer's sector must be in, every one.</summary>
    public List<int[]> Sectors { get; } = [];

    /// <summary>Sets of grades the offer must be open to one of, every one.</summary>
    public List<Grade[]> Grades { get; } = [];

    /// <summary>Periods the offer's dates must overlap, or lie within.</summary>
    public List<(DateOnly From, DateOnly To, bool Within)> Periods { get; } = [];

    /// <summary>Sets of départements the offer must be in, every one (an offer abroad is in none).</summary>
    public List<string[]> Departments { get; } = [];

    /// <summary>Sets of regions the offer must be in, every one.</summary>
    public List<string[]> Regions { get; } = [];

    /// <summary>The filter as the index applies it, <see cref="Nothing"/> without one; null when the index cannot apply it.</summary>
    public static OfferIndexWhere? From(FilterNode? filter)
    {
        if (filter is null)
        {
            return Nothing;
        }

        var where = new OfferIndexWhere();
        return where.Read(filter) ? where : null;
    }

    private bool Read(FilterNode node) => node switch
    {
        FilterGroup { AnyPart: false } group => group.Parts.All(Read),
        // A field is held even with no operator: `remainingSeats: {}` lets full offers through in SQL.
        FieldFilter condition => Held.Contains(condition.Field) && condition.Operations.All(operation => Read(condition.Field, operation)),
        _ => false,
    };

    private bool Read(FilterField field, FilterOperation operation)
    {
        if (field == SectorField)
        {
            Sectors.Add((int[])operation.Operand!);
            return true;
        }

        if (field == PeriodField)
        {
            var (from, to) = ((DateOnly, DateOnly))operation.Operand!;
            Periods.Add((from, to, operation.Operator == PeriodFilterInputType.Within));
            return true;
        }

        if (field == GradesField)
        {
            Grade[]? grades = operation is { Operator: FilterOperators.Some, Operand: FilterOperation[] and [var only] }
                ? only switch
                {
                    { Operator: FilterOperators.Eq, Operand: Grade grade } => [grade],
                    { Operator: FilterOperators.In, Operand: Grade[] list } => list,
                    _ => null,
                }
                : null;
            if (grades is not null)
            {
                Grades.Add(grades);
            }

            return grades is not null;
        }

        var codes = Codes(operation);
        if (codes is not null && field == DepartmentField)
        {
            Departments.Add(codes);
            return true;
        }

        if (codes is not null && field == RegionField)
        {
            Regions.Add(codes);
            return true;
        }

        return false;
    }

    private static string[]? Codes(FilterOperation operation) => operation switch
    {
        { Operator: FilterOperators.Eq, Operand: string code } => [code],
        { Operator: FilterOperators.In, Operand: string[] codes } => codes,
        _ => null,
    };
}
