namespace Stage.Api.Data.Seed;

/// <summary>
/// Helpers over <see cref="Random"/> for generating demo data. Every generator gets its own
/// <see cref="Random"/> seeded through <see cref="Derive"/>, so that the data depends only on the seed
/// and never on how work is split between threads.
/// </summary>
internal static class SeedRandom
{
    /// <summary>A seed for the independent stream <paramref name="stream"/> of <paramref name="seed"/> (SplitMix64 finalizer).</summary>
    public static int Derive(int seed, long stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (ulong)stream * 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
        }
    }

    public static Random Create(int seed, long stream) => new(Derive(seed, stream));

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Two different items (the list must have at least two).</summary>
    public static (T First, T Second) PickTwo<T>(this Random random, IReadOnlyList<T> items)
    {
        var first = random.Next(items.Count);
        var second = random.Next(items.Count - 1);
        return (items[first], items[second >= first ? second + 1 : second]);
    }

    /// <summary>A standard normal deviate (Box–Muller).</summary>
    public static double Gaussian(this Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Picks an index from cumulative weights (each entry the running total so far).</summary>
    public static int PickWeighted(this Random random, IReadOnlyList<double> cumulativeWeights)
    {
        var target = random.NextDouble() * cumulativeWeights[^1];
        int low = 0, high = cumulativeWeights.Count - 1;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (cumulativeWeights[mid] <= target)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    public static double[] Cumulate(IEnumerable<double> weights)
    {
        var total = 0.0;
        return [.. weights.Select(w => total += w)];
    }
}
