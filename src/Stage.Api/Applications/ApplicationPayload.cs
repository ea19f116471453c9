using Stage.Api.Kit.Mutations;

namespace Stage.Api.Applications;

/// <summary>The answer of an application mutation: the application as it now stands, and the refusals if any.</summary>
public sealed record ApplicationPayload(Application? Application, IReadOnlyList<IBusinessError>? Errors);
