using System.Text.RegularExpressions;
using GraphQL.Types;
using Npgsql;
using Stage.Api.Data;
using Stage.Api.Data.Sql;
using Stage.Api.Kit.Loading;
using Stage.Api.Kit.Requests;
using Stage.Api.Kit.Schema;
using Stage.Api.Schools;

namespace Stage.Api.Offers.Management;

/// <summary>
/// An offer reserved to schools named by their UAI codes (<c>reservedToSchools</c>): checked without the database
/// (format, count), then resolved to the schools' ids in the mutation's transaction, where a code no school has refuses
/// the whole mutation. Who may then see the offer is <see cref="OfferVisibility"/>'s business.
/// </summary>
public static partial class OfferReservation
{
    public const string Field = "reservedToSchools";

    /// <summary>
    /// The codes as given, trimmed and in upper case (same positions, so errors name the item), or null when not given;
    /// null with errors when there are too many or one is not a UAI code.
    /// </summary>
    public static string[]? Check(IReadOnlyList<string>? uais, FieldErrors errors)
    {
        if (uais is null)
        {
            return null;
        }

        if (uais.Count > OfferVisibility.MaxReservedSchools)
        {
            errors.Add(Field, $"An offer is reserved to at most {OfferVisibility.MaxReservedSchools} schools (got {uais.Count}).");
            return null;
        }

        var codes = uais.Select(uai => uai.Trim().ToUpperInvariant()).ToArray();
        var valid = true;
        for (var i = 0; i < codes.Length; i++)
        {
            if (!UaiCode().IsMatch(codes[i]))
            {
                errors.Add($"{Field}[{i}]", "Not a UAI code: 7 digits and a letter, e.g. 0751234A.");
                valid = false;
            }
        }

        return valid ? codes : null;
    }

    /// <summary>The ids of the schools with these codes, locked against deletion until the transaction ends.</summary>
    public static async Task<Dictionary<string, long>> FindSchoolsAsync(NpgsqlTransaction transaction, IEnumerable<string> uais, CancellationToken cancellationToken)
    {
        var schools = new Dictionary<string, long>(StringComparer.Ordinal);
        var codes = uais.Distinct().ToArray();
        if (codes.Length == 0)
        {
            return schools;
        }

        await using var command = transaction.Command("SELECT uai, id FROM schools WHERE uai = ANY($1::bpchar[]) FOR KEY SHARE", [codes]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            schools[reader.GetString(0)] = reader.GetInt64(1);
        }

        return schools;
    }

    /// <summary>The distinct ids of <paramref name="uais"/> among <paramref name="schools"/>; null after <paramref name="refuse"/> (field, message) for each unknown one.</summary>
    public static long[]? Resolve(string[] uais, Dictionary<string, long> schools, Action<string, string> refuse)
    {
        var unknown = Enumerable.Range(0, uais.Length).Where(i => !schools.ContainsKey(uais[i])).ToList();
        foreach (var i in unknown)
        {
            refuse($"{Field}[{i}]", $"No school has the UAI code {uais[i]}.");
        }

        return unknown.Count > 0 ? null : [.. uais.Select(uai => schools[uai]).Distinct()];
    }

    /// <summary>The ids of the schools <paramref name="uais"/> names (null: not given), or null after refusing every unknown code.</summary>
    public static async Task<(long[]? Ids, bool Refused)> ResolveAsync(
        NpgsqlTransaction transaction, string[]? uais, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (uais is null)
        {
            return (null, false);
        }

        var ids = Resolve(uais, await FindSchoolsAsync(transaction, uais, cancellationToken), errors.Add);
        return (ids, ids is null);
    }

    [GeneratedRegex("^[0-9]{7}[A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex UaiCode();
}

/// <summary>
/// <c>Offer.reservedToSchools</c>: management data, shown to the offer's host members, its operator and administrators;
/// read for a whole page of offers at once.
/// </summary>
public sealed class OfferReservedSchoolsField : IObjectTypeFields<OfferType>
{
    private static readonly BatchQuery<long, IReadOnlyList<ReservedSchool>> SchoolsOf = BatchQuery.Many(
        (StageDbContext db, long[] offerIds) =>
            from offer in db.Offers
            where offerIds.Contains(offer.Id)
            from school in db.Schools
            where offer.ReservedSchoolIds.Contains(school.Id)
            orderby school.Uai
            select new ReservedSchool(offer.Id, school),
        reserved => reserved.OfferId);

    public void AddTo(OfferType type) =>
        type.Field<ListGraphType<NonNullGraphType<SchoolType>>>(OfferReservation.Field)
            .Description("The schools the offer is reserved to (by UAI code), empty when it is open to all. Management data: null for anyone " +
                "but the offer's host members, its operator and administrators.")
            .Resolve(context =>
            {
                var offer = context.Source;
                if (!OfferAccess.SeesManagementData(context.Viewer(), offer))
                {
                    return null;
                }

                return offer.ReservedSchoolIds.Length == 0
                    ? Array.Empty<School>()
                    : context.Load(SchoolsOf, offer.Id).Then(schools => schools.Select(s => s.School).ToArray());
            });
}

/// <summary>A school an offer is reserved to, read with the offer's id.</summary>
public sealed record ReservedSchool(long OfferId, School School);
