using Microsoft.Net.Http.Headers;

namespace Stage.Api.Kit.Http;

/// <summary>
/// A request's <c>Accept</c> header read as RFC 9110 (§12.5.1) says: a media type is accepted with the <c>q</c> of the most
/// specific range that matches it (the type with parameters, then the type alone, then <c>type/*</c>, then <c>*/*</c>), and
/// not at all (0) when none matches or that range says <c>q=0</c>. Every answer of this API is UTF-8, so a range naming
/// another charset matches nothing; other parameters only make a range more specific. A header that cannot be parsed
/// accepts nothing.
/// </summary>
public sealed class AcceptHeader
{
    private static readonly AcceptHeader Absent = new([], isPresent: false);
    private readonly IList<MediaTypeHeaderValue> _ranges;

    private AcceptHeader(IList<MediaTypeHeaderValue> ranges, bool isPresent)
    {
        _ranges = ranges;
        IsPresent = isPresent;
    }

    /// <summary>Whether the request has an <c>Accept</c> header (with anything in it).</summary>
    public bool IsPresent { get; }

    public static AcceptHeader Of(HttpRequest request) => Parse(request.Headers.Accept.OfType<string>().ToList());

    public static AcceptHeader Parse(IList<string> values) =>
        values.All(string.IsNullOrWhiteSpace) ? Absent
        : MediaTypeHeaderValue.TryParseList(values, out var ranges) ? new AcceptHeader(ranges, isPresent: true)
        : new AcceptHeader([], isPresent: true);

    /// <summary>The quality (0 to 1) with which the client accepts <paramref name="mediaType"/> (<c>type/subtype</c>, no parameters).</summary>
    public double QualityOf(string mediaType)
    {
        var bestSpecificity = -1;
        double quality = 0;
        foreach (var range in _ranges)
        {
            var specificity = Specificity(range, mediaType);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1;
            }
            else if (specificity == bestSpecificity && specificity >= 0)
            {
                quality = Math.Max(quality, range.Quality ?? 1);
            }
        }

        return quality;
    }

    /// <summary>Whether a range names <paramref name="mediaType"/> itself rather than through a wildcard.</summary>
    public bool Names(string mediaType) => _ranges.Any(range => Specificity(range, mediaType) >= 2);

    /// <summary>How closely <paramref name="range"/> names <paramref name="mediaType"/>: -1 when it does not match it at all.</summary>
    private static int Specificity(MediaTypeHeaderValue range, string mediaType)
    {
        if (range.Charset.HasValue && !IsUtf8(range.Charset.Value))
        {
            return -1;
        }

        if (range.MatchesAllTypes)
        {
            return 0;
        }

        var slash = mediaType.IndexOf('/', StringComparison.Ordinal);
        if (range.MatchesAllSubTypes)
        {
            return range.Type.Equals(mediaType[..slash], StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        }

        if (!range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        return range.Parameters.Any(p => !p.Name.Equals("q", StringComparison.OrdinalIgnoreCase)) ? 3 : 2;
    }

    private static bool IsUtf8(string? charset) =>
        string.Equals(charset, "utf-8", StringComparison.OrdinalIgnoreCase) || string.Equals(charset, "utf8", StringComparison.OrdinalIgnoreCase);
}
