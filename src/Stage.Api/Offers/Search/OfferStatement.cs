using Stage.Api.Data.Sql;

namespace Stage.Api.Offers.Search;

/// <summary>A SQL statement of an offer search with its parameters.</summary>
public sealed record OfferStatement(string Sql, SqlParameters Parameters);
