using System.Collections;

namespace Stage.Api.GraphQL.Limits;

/// <summary>
/// Counts the conditions of a coerced <c>where</c> value before anything reads it: each operator is one, each value of a
/// list operand (<c>in</c>, <c>nin</c>) one more, and <c>and</c>/<c>or</c> lists and nested objects (<c>some</c>,
/// <c>all</c>, <c>none</c>) add up what they hold. Saturates, so that a huge value cannot overflow it.
/// </summary>
public static class FilterConditions
{
    private const int Saturation = 1_000_000;

    public static int Count(object? value) => value switch
    {
        IDictionary<string, object?> fields => Sum(fields.Values.Select(Operand)),
        _ => 0,
    };

    private static int Operand(object? value) => value switch
    {
        IDictionary<string, object?> nested => Count(nested),
        IEnumerable list and not string => Sum(list.Cast<object?>().Select(item => item is IDictionary<string, object?> part ? Count(part) : 1)),
        _ => 1,
    };

    private static int Sum(IEnumerable<int> counts)
    {
        long total = 0;
        foreach (var count in counts)
        {
            total = Math.Min(total + count, Saturation);
        }

        return (int)total;
    }
}
