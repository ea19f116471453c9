using Stage.Api.Kit.Mutations;

namespace Stage.Api.Agreements.Mutations;

/// <summary>The answer to a legal representative's signature: the signature made, or why not.</summary>
public sealed record SignAgreementWithTokenPayload(AgreementSignature? Signature, IReadOnlyList<IBusinessError>? Errors);
