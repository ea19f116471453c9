using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

/// <summary>The answer of an agreement mutation: the agreement as it now stands, a signing link when one was issued, the refusals if any.</summary>
public sealed record AgreementPayload(Agreement? Agreement, IReadOnlyList<IBusinessError>? Errors, SigningLink? Link = null);
