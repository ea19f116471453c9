using Stage.Api.Data.Sql;
using Stage.Api.Offers.Search;

namespace Stage.Bench;

/// <summary>
/// The statement EF Core sends for <c>offer(id:)</c> (OfferQueries: <c>VisibleToPublic().Include(o =&gt; o.Employer)
/// .FirstOrDefaultAsync(o =&gt; o.Id == id)</c>), copied from its command log: every mapped column of the offer
/// (the search vector included) and of its employer.
/// </summary>
public static class OfferByIdSql
{
    private const string Sql = """
        SELECT o.id, o.city, o.country_code, o.created_at, o.department_code, o.description, o.employer_id, o.first_date, o.grades, o.last_date, o.latitude, o.location, o.longitude, o.operator_id, o.postal_code, o.region_code, o.remaining_seats, o.remote_id, o.reserved_school_ids, o.search_vector, o.seats, o.seats_taken, o.sector_id, o.status, o.street, o.title, o.updated_at, o.weeks, e.id, e.created_at, e.description, e.kind, e.name, e.siret, e.updated_at, e.website
        FROM offers AS o
        INNER JOIN employers AS e ON o.employer_id = e.id
        WHERE o.status IN ('published'::offer_status, 'need_to_be_updated'::offer_status) AND o.id = $1
        LIMIT 1
        """;

    public static OfferStatement For(long id)
    {
        var parameters = new SqlParameters();
        _ = parameters.Add(id);
        return new OfferStatement(Sql, parameters);
    }
}
