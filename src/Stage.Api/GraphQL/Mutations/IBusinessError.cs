namespace Stage.Api.GraphQL.Mutations;

/// <summary>A refusal by a business rule: data in a payload, not a GraphQL error.</summary>
public interface IBusinessError
{
    string Message { get; }
}
