using System.Text;

namespace Stage.Api.Offers.Search;

/// <summary>
/// A client's search words as PostgreSQL tsqueries: every word must match; the last one, still being
/// typed, as a prefix of a stem or of a whole word ("environnem" finds "environnement" although its
/// French stem is "environ", and "ma" finds "maison" although "ma" is a French stop word). Only letters
/// and digits pass, so the text cannot inject tsquery syntax.
/// </summary>
/// <param name="Text">The client's text.</param>
/// <param name="CompleteWords">The words before the last, as a French tsquery ("a &amp; b"), or null.</param>
/// <param name="LastWord">The last word, as a prefix tsquery ("c:*").</param>
public sealed record FullTextQuery(string Text, string? CompleteWords, string LastWord)
{
    public const int MaxLength = 200;
    private const int MaxWords = 12;

    /// <summary>The query, or null when the text has no word at all.</summary>
    public static FullTextQuery? Parse(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        // Composed form first, so that "e" + U+0301 is "é", one letter.
        foreach (var character in text.Normalize(NormalizationForm.FormC).Append(' '))
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
        var complete = kept.Count > 1 ? string.Join(" & ", kept.Take(kept.Count - 1)) : null;
        return new FullTextQuery(text, complete, kept[^1] + ":*");
    }

    /// <summary>Identifies the words for cursors: two texts with the same words search the same.</summary>
    public string Words => CompleteWords + " & " + LastWord;
}
