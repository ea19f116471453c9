using System.Text.Json;
using Stage.Api.Kit.Filtering;
using Stage.Api.Kit.Paging;
using Stage.Api.Kit.Relay;

namespace Stage.Api.Applications.Queries;

/// <summary>A position in a list of applications: the sort key, its direction, the time (UTC ticks) and the id.</summary>
public sealed record ApplicationCursor(ApplicationSortField Field, SortDirection Direction, long Ticks, long Id)
{
    public string Encode(CursorSigner signer) =>
        signer.Sign(JsonSerializer.SerializeToUtf8Bytes(new object[] { (int)Field, (int)Direction, Ticks, Id }));

    /// <summary>The cursor, if this server signed it for a list in the same order; else INVALID_CURSOR.</summary>
    public static ApplicationCursor Decode(string text, ApplicationSortField field, SortDirection direction, CursorSigner signer, string argument)
    {
        try
        {
            var values = signer.Verify(text) is { } payload ? JsonSerializer.Deserialize<long[]>(payload) : null;
            if (values is { Length: 4 } && values[0] == (int)field && values[1] == (int)direction)
            {
                return new ApplicationCursor(field, direction, values[2], values[3]);
            }
        }
        catch (JsonException)
        {
        }

        throw PageCursors.Invalid(argument);
    }
}

/// <summary>A validated page request over the applications a viewer may see.</summary>
public sealed record ApplicationListRequest(
    FilterNode? Where,
    ApplicationSortField Field,
    SortDirection Direction,
    int Size,
    bool Backward,
    ApplicationCursor? Cursor);
