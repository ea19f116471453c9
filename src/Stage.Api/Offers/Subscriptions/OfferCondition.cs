using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;
using Stage.Api.Offers.Search;

namespace Stage.Api.Offers.Subscriptions;

/// <summary>
/// A search's SQL condition on <c>offers o</c> (and <c>employers e</c>) as a template: its text cut at its parameters, so
/// that it can be appended to a statement that tests many conditions at once, its <c>$n</c> renumbered after those
/// already there. Two subscribers whose conditions have the same text and values share one <see cref="Key"/>, and one
/// evaluation.
/// </summary>
public sealed partial class OfferCondition
{
    private readonly string[] _segments;
    private readonly int[] _placeholders;
    private readonly NpgsqlParameter[] _parameters;

    public OfferCondition(OfferSearchRequest request)
    {
        var conditions = OfferSearchSql.Conditions(request, availableOnly: false);
        var text = conditions.Condition;
        _parameters = [.. conditions.Parameters.All];
        var matches = Placeholder().Matches(text);
        _placeholders = [.. matches.Select(m => int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture))];
        var segments = new List<string>();
        var start = 0;
        foreach (Match match in matches)
        {
            segments.Add(text[start..match.Index]);
            start = match.Index + match.Length;
        }

        segments.Add(text[start..]);
        _segments = [.. segments];
        IsAlwaysTrue = text == "TRUE";
        Key = text + "\u001e" + string.Join("\u001f", _parameters.Select(p => Describe(p.Value)));
    }

    /// <summary>The text and the parameters' values: equal keys, equal conditions.</summary>
    public string Key { get; }

    /// <summary>Nothing to test (no filter, no restriction of the caller): every offer matches.</summary>
    public bool IsAlwaysTrue { get; }

    public int ParameterCount => _parameters.Length;

    /// <summary>Appends the condition to a statement being built, its parameters numbered after those already in it.</summary>
    public void AppendTo(StringBuilder sql, List<NpgsqlParameter> parameters)
    {
        var offset = parameters.Count;
        for (var i = 0; i < _placeholders.Length; i++)
        {
            sql.Append(_segments[i]).Append('$').Append((offset + _placeholders[i]).ToString(CultureInfo.InvariantCulture));
        }

        sql.Append(_segments[^1]);
        parameters.AddRange(_parameters.Select(p => p.Clone()));
    }

    private static string Describe(object? value) => value switch
    {
        null or DBNull => "null",
        string text => "s:" + text,
        IEnumerable items => value.GetType().Name + ":[" + string.Join("\u001d", items.Cast<object?>().Select(Describe)) + "]",
        IFormattable formattable => value.GetType().Name + ":" + formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name + ":" + value,
    };

    [GeneratedRegex(@"\$(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
