namespace Stage.Api.GraphQL.Mutations;

public sealed record IdempotencyKeyReusedError(string Message) : IBusinessError;
