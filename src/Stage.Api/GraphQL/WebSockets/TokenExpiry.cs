using System.Globalization;
using System.Security.Claims;

namespace Stage.Api.GraphQL.WebSockets;

/// <summary>A connection lives no longer than the token that opened it: the client reconnects with a fresh one.</summary>
public static class TokenExpiry
{
    /// <summary>Runs <paramref name="expired"/> when the principal's token expires (its <c>exp</c>), unless cancelled first.</summary>
    public static async Task WaitAsync(ClaimsPrincipal principal, Action expired, CancellationToken cancellationToken)
    {
        if (!long.TryParse(principal.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return;
        }

        var left = DateTimeOffset.FromUnixTimeSeconds(expires) - DateTimeOffset.UtcNow;
        try
        {
            await Task.Delay(left > TimeSpan.Zero ? left : TimeSpan.Zero, cancellationToken);
            expired();
        }
        catch (OperationCanceledException)
        {
        }
    }
}
