using Stage.Api.Kit.Filtering;

namespace Stage.Api.Applications.Queries;

/// <summary>Applies an <c>ApplicationFilterInput</c> to a query (status eq/neq/in/nin, submittedAt comparisons).</summary>
public static class ApplicationFilter
{
    public static IQueryable<Application> Apply(IQueryable<Application> query, IDictionary<string, object?>? where)
    {
        if (where is not null && where.TryGetValue("status", out var statusValue) && statusValue is IDictionary<string, object?> status)
        {
            foreach (var (name, value) in status)
            {
                query = name switch
                {
                    FilterOperators.Eq => In(query, [FilterOperatorSql.Required<ApplicationStatus>(value, "where.status", name)], true),
                    FilterOperators.Neq => In(query, [FilterOperatorSql.Required<ApplicationStatus>(value, "where.status", name)], false),
                    FilterOperators.In => In(query, FilterOperatorSql.List<ApplicationStatus>(value, "where.status", name), true),
                    FilterOperators.Nin => In(query, FilterOperatorSql.List<ApplicationStatus>(value, "where.status", name), false),
                    _ => throw FilterOperatorSql.Unknown("where.status", name),
                };
            }
        }

        if (where is not null && where.TryGetValue("submittedAt", out var submittedValue) && submittedValue is IDictionary<string, object?> submitted)
        {
            foreach (var (name, value) in submitted)
            {
                var at = FilterOperatorSql.Required<DateTimeOffset>(value, "where.submittedAt", name).ToUniversalTime();
                query = name switch
                {
                    FilterOperators.Eq => query.Where(a => a.SubmittedAt == at),
                    FilterOperators.Neq => query.Where(a => a.SubmittedAt != at),
                    FilterOperators.Gt => query.Where(a => a.SubmittedAt > at),
                    FilterOperators.Gte => query.Where(a => a.SubmittedAt >= at),
                    FilterOperators.Lt => query.Where(a => a.SubmittedAt < at),
                    FilterOperators.Lte => query.Where(a => a.SubmittedAt <= at),
                    _ => throw FilterOperatorSql.Unknown("where.submittedAt", name),
                };
            }
        }

        return query;
    }

    private static IQueryable<Application> In(IQueryable<Application> query, ApplicationStatus[] statuses, bool inside) =>
        inside ? query.Where(a => statuses.Contains(a.Status)) : query.Where(a => !statuses.Contains(a.Status));
}
