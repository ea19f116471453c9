namespace Stage.Api.Offers.Management;

/// <summary>What a bulk upsert did: offers created, offers changed, offers given again without a change.</summary>
public sealed record UpsertCounts(int Created, int Updated, int Unchanged);
