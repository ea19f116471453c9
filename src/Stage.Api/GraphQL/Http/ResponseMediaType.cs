using Microsoft.Net.Http.Headers;

namespace Stage.Api.GraphQL.Http;

/// <summary>The two response media types of the GraphQL-over-HTTP specification, chosen from <c>Accept</c>.</summary>
public static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither (406). No Accept header
    /// means application/json, as the specification asks for legacy clients; on equal preference the
    /// specification's own type wins.
    /// </summary>
    public static string? Negotiate(IList<string> acceptHeader)
    {
        if (acceptHeader.Count == 0 || acceptHeader.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptHeader, out var accepted))
        {
            return null;
        }

        string? best = null;
        double bestQuality = 0;
        foreach (var candidate in accepted)
        {
            var quality = candidate.Quality ?? 1;
            var offered = Offer(candidate);
            if (offered is null || quality <= 0 || quality < bestQuality || (quality == bestQuality && best == GraphQLResponseJson))
            {
                continue;
            }

            if (quality > bestQuality || offered == GraphQLResponseJson)
            {
                best = offered;
                bestQuality = quality;
            }
        }

        return best;
    }

    private static string? Offer(MediaTypeHeaderValue candidate)
    {
        if (candidate.Charset.HasValue && !candidate.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mediaType = candidate.MediaType.Value ?? "";
        return mediaType.ToUpperInvariant() switch
        {
            "APPLICATION/GRAPHQL-RESPONSE+JSON" => GraphQLResponseJson,
            "APPLICATION/JSON" or "APPLICATION/*" or "*/*" => Json,
            _ => null,
        };
    }
}
