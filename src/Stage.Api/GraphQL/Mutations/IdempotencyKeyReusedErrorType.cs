namespace Stage.Api.GraphQL.Mutations;

public sealed class IdempotencyKeyReusedErrorType() : BusinessErrorType<IdempotencyKeyReusedError>(
    "IdempotencyKeyReusedError", "This idempotency key was already used with a different input; use a new key for a new request.");
