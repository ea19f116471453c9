namespace Stage.Api.Data.Seed;

/// <summary>An operator publishing offers in bulk, with the prefix of its own offer ids (remoteId).</summary>
internal sealed record SeedOperator(long Id, string Name, string RemoteIdPrefix, int? SectorId);
