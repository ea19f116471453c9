using System.Text;

namespace Stage.Api.Offers.Search.Memory;

/// <summary>
/// PostgreSQL's <c>ts_rank</c> with its default weights, as the in-memory index computes it: bit for bit the same, so
/// that its order is the SQL path's order (checked on a million offers by <c>tools/rank-check</c> and by the oracle
/// tests). For a query of prefix items joined by OR, PostgreSQL's <c>calc_rank_or</c> sums, per query item (sorted and
/// deduplicated) and per lexeme of the vector that the item matches (in the vector's order), a term that depends only
/// on that lexeme's positions, then divides by the number of items. The term is computed once per (offer, lexeme) at
/// load (<see cref="Term"/>); a search then only adds (<see cref="Add"/>). The arithmetic is PostgreSQL's: single
/// precision, except for a division by a double constant.
/// </summary>
public static class TsRank
{
    /// <summary>The sum of 1/i² for i ≥ 1 (π²/6), as PostgreSQL writes it.</summary>
    private const double SumOfInverseSquares = 1.64493406685;

    /// <summary>The default weights of D, C, B and A.</summary>
    private static readonly float[] Weights = [0.1f, 0.2f, 0.4f, 1.0f];

    /// <summary>
    /// The term of one lexeme from the weights (0 = D ... 3 = A) of its positions, in order; a lexeme stored without
    /// positions counts as one position of weight D.
    /// </summary>
    public static float Term(ReadOnlySpan<byte> positionWeights)
    {
        if (positionWeights.IsEmpty)
        {
            positionWeights = [0];
        }

        float sum = 0f, maxWeight = -1f;
        var maxAt = 0;
        for (var j = 0; j < positionWeights.Length; j++)
        {
            var weight = Weights[positionWeights[j]];
            sum += weight / ((j + 1) * (j + 1));
            if (weight > maxWeight)
            {
                maxWeight = weight;
                maxAt = j;
            }
        }

        return maxWeight + sum - (maxWeight / ((maxAt + 1) * (maxAt + 1)));
    }

    /// <summary>One matching lexeme's term added to a running rank, as <c>calc_rank_or</c> adds it.</summary>
    public static float Add(float rank, float term) => (float)(rank + (term / SumOfInverseSquares));

    /// <summary>The final rank from the running sum and the number of distinct query items.</summary>
    public static float Final(float sum, int items)
    {
        var rank = sum / items;
        return rank < 0 ? 1e-20f : rank;
    }

    /// <summary>PostgreSQL's order of lexemes and query items: their UTF-8 bytes, then their length.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => a.SequenceCompareTo(b);

    /// <summary>
    /// The one prefix item of a tsquery's text (<c>'boulang':*</c>), or null when the query is anything else (empty, several
    /// items, an exact item): such searches stay with PostgreSQL.
    /// </summary>
    public static byte[]? SinglePrefixItem(string tsQuery)
    {
        if (tsQuery.Length < 5 || tsQuery[0] != '\'' || !tsQuery.EndsWith("':*", StringComparison.Ordinal))
        {
            return null;
        }

        var lexeme = tsQuery[1..^3];
        // A quote inside is doubled, a backslash escaped; letters and digits (all a search lets through) never are.
        return lexeme.Contains('\'', StringComparison.Ordinal) || lexeme.Contains('\\', StringComparison.Ordinal) || lexeme.Length == 0
            ? null
            : Encoding.UTF8.GetBytes(lexeme);
    }
}

/// <summary>
/// Reads a <c>tsvector</c>'s text (<c>'cuisin':3A,9 'cuisinier':3</c>): its lexemes in order, each with the term
/// <see cref="TsRank.Term"/> of its positions.
/// </summary>
public static class TsVectorText
{
    /// <summary>Receives a lexeme (unescaped) and its term.</summary>
    public delegate void LexemeHandler(ReadOnlySpan<char> lexeme, float term);

    [ThreadStatic]
    private static char[]? t_chars;

    /// <summary>Calls <paramref name="lexeme"/> with each lexeme and its term, in the vector's order.</summary>
    public static void Read(string text, LexemeHandler lexeme)
    {
        Span<byte> weights = stackalloc byte[256];
        var chars = t_chars is { } buffer && buffer.Length >= text.Length ? buffer : t_chars = new char[Math.Max(text.Length, 4096)];
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            if (text[i] != '\'')
            {
                throw new FormatException($"A tsvector lexeme was expected at {i}.");
            }

            var length = 0;
            i++;
            while (true)
            {
                if (i >= text.Length)
                {
                    throw new FormatException("A tsvector lexeme is not closed.");
                }

                var c = text[i];
                if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    chars[length++] = '\'';
                    i += 2;
                }
                else if (c == '\\' && i + 1 < text.Length)
                {
                    chars[length++] = text[i + 1];
                    i += 2;
                }
                else if (c == '\'')
                {
                    i++;
                    break;
                }
                else
                {
                    chars[length++] = c;
                    i++;
                }
            }

            var count = 0;
            if (i < text.Length && text[i] == ':')
            {
                i++;
                while (i < text.Length && text[i] != ' ')
                {
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }

                    byte weight = 0;
                    if (i < text.Length && text[i] is >= 'A' and <= 'D')
                    {
                        weight = (byte)('D' - text[i]);
                        i++;
                    }

                    if (count < weights.Length)
                    {
                        weights[count++] = weight;
                    }

                    if (i < text.Length && text[i] == ',')
                    {
                        i++;
                    }
                }
            }

            lexeme(chars.AsSpan(0, length), TsRank.Term(weights[..count]));
        }
    }
}
