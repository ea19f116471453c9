using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Stage.Api.ApiKeys;
using Stage.Api.Identity;

namespace Stage.Api.RateLimits;

/// <summary>
/// Which allowances a request draws on: its API key's and its account's (both when it has both: a
/// portal's key is shared by all its users), or its IP address's when it has neither.
/// </summary>
public static class CallerPartitions
{
    public static IEnumerable<(string Partition, int PointsPerMinute)> Of(ApiClient? client, Viewer? viewer, IPAddress? address, RateLimitOptions options)
    {
        if (client is not null)
        {
            yield return ("key:" + client.KeyId, client.RateLimitPerMinute ?? options.KeyPointsPerMinute);
        }

        if (viewer is not null)
        {
            yield return ("account:" + viewer.AccountId.ToString(CultureInfo.InvariantCulture), options.AccountPointsPerMinute);
        }

        if (client is null && viewer is null)
        {
            yield return ("ip:" + Network(address), options.AnonymousPointsPerMinute);
        }
    }

    /// <summary>An IPv4 address, or the /64 network of an IPv6 one (one subscriber usually holds a whole /64).</summary>
    private static string Network(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
