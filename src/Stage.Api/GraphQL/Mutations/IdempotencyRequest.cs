using System.Security.Cryptography;
using System.Text;

namespace Stage.Api.GraphQL.Mutations;

/// <summary>A client's idempotency key for one mutation call, with a hash of the call's input.</summary>
public sealed record IdempotencyRequest(string Key, string Operation, string InputHash)
{
    public static IdempotencyRequest? For(string? key, string operation, params object?[] input) =>
        string.IsNullOrEmpty(key) ? null
        : new IdempotencyRequest(key, operation, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            operation + "|" + System.Text.Json.JsonSerializer.Serialize(input)))));
}
