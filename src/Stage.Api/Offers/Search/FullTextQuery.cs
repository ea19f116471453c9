using System.Text;

namespace Stage.Api.Offers.Search;

/// <summary>
/// A client's search words as a PostgreSQL tsquery: every word must match, the last one as a prefix
/// ("boulang" finds "boulangerie"). Only letters and digits pass, so the text cannot inject tsquery syntax.
/// </summary>
public sealed record FullTextQuery(string Text, string TsQuery)
{
    public const int MaxLength = 200;
    private const int MaxWords = 12;

    /// <summary>The query, or null when the text has no word at all.</summary>
    public static FullTextQuery? Parse(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in text.Append(' '))
        {
            if (char.IsLetterOrDigit(character))
            {
                word.Append(char.ToLowerInvariant(character));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        var kept = words.Take(MaxWords).ToList();
        var tsQuery = string.Join(" & ", kept.Select((w, i) => i == kept.Count - 1 ? w + ":*" : w));
        return new FullTextQuery(text, tsQuery);
    }
}
