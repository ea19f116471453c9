namespace Stage.Api.GraphQL.Mutations;

/// <summary>The outcome of a mutation that <see cref="IdempotentTransaction{TOutcome}"/> can store with a key and give back.</summary>
public interface IIdempotentOutcome<TSelf>
    where TSelf : IIdempotentOutcome<TSelf>
{
    /// <summary>True when a business rule refused the mutation: its work is rolled back, the outcome kept.</summary>
    bool IsRefused { get; }

    static abstract TSelf KeyReused(IdempotencyKeyReusedError error);

    static abstract string Store(TSelf outcome);

    static abstract TSelf Restore(string stored);
}
