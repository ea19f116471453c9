using System.Globalization;

namespace Stage.Api.Data.Seed;

/// <summary>
/// Arguments of <c>./stage seed</c>: <c>--offers N</c>, <c>--seed S</c>, <c>--if-empty</c>, <c>--today YYYY-MM-DD</c> (the
/// day whose school year and the next one the offers' weeks are drawn from; by default today in France).
/// </summary>
public sealed record SeedOptions(int Offers = 20_000, int Seed = 42, bool IfEmpty = false, DateOnly? Today = null)
{
    public const int MaxOffers = 5_000_000;

    public static SeedOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new SeedOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--offers":
                    var offers = ParseNumber(args, ref i);
                    if (offers is < 0 or > MaxOffers)
                    {
                        throw new ArgumentException(
                            string.Create(CultureInfo.InvariantCulture, $"--offers must be between 0 and {MaxOffers:N0}, not {offers}."));
                    }

                    options = options with { Offers = offers };
                    break;
                case "--seed":
                    options = options with { Seed = ParseNumber(args, ref i) };
                    break;
                case "--if-empty":
                    options = options with { IfEmpty = true };
                    break;
                case "--today":
                    if (++i >= args.Length || !DateOnly.TryParseExact(args[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
                    {
                        throw new ArgumentException("--today needs a date such as 2026-09-01.");
                    }

                    options = options with { Today = today };
                    break;
                default:
                    throw new ArgumentException(
                        $"Unknown seed option '{args[i]}'. Usage: seed [--offers N] [--seed S] [--if-empty] [--today YYYY-MM-DD]");
            }
        }

        return options;
    }

    private static int ParseNumber(ReadOnlySpan<string> args, ref int i)
    {
        var flag = args[i];
        if (++i >= args.Length)
        {
            throw new ArgumentException($"{flag} needs a number.");
        }

        if (!int.TryParse(args[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"{flag} needs a whole number, not '{args[i]}'.");
        }

        return value;
    }
}
