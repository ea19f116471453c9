namespace Stage.Api.GraphQL.Mutations;

/// <summary>An input field whose value breaks a rule (too long, out of range...).</summary>
public sealed record InvalidFieldError(string Field, string Message) : IBusinessError;
