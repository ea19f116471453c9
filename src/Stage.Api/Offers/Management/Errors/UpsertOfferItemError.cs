using Stage.Api.Kit.Mutations;

namespace Stage.Api.Offers.Management.Errors;

/// <summary>An invalid field of one item of a bulk upsert.</summary>
public sealed record UpsertOfferItemError(int Index, string? RemoteId, string Field, string Message) : IBusinessError;
