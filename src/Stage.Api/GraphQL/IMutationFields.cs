namespace Stage.Api.GraphQL;

/// <summary>A feature's fields on the root <c>Mutation</c> type.</summary>
public interface IMutationFields
{
    void AddTo(MutationType mutation);
}
