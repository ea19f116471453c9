namespace Stage.Api.Offers.Management;

/// <summary>An offer a batch wrote: its id, its remote id, and whether it was inserted (or updated).</summary>
public sealed record WrittenOffer(long Id, string? RemoteId, bool Inserted);
