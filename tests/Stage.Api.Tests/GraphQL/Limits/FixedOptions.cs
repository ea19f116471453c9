using Microsoft.Extensions.Options;

namespace Stage.Api.Tests.GraphQL.Limits;

/// <summary>Options that never change, for exercising a limit outside the application.</summary>
public sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;
    public T Get(string? name) => value;
    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
