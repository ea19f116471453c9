using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.ApiKeys;

/// <summary>Keys are created, listed and revoked by the command, stored hashed, and checked on every request.</summary>
public sealed class ApiKeyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Query = "{ sectors { code } }";

    [Fact]
    public async Task A_created_key_is_accepted_and_only_its_hash_is_stored()
    {
        var key = await api.CreateKeyAsync("--regions", "11,84", "--departments", "2a", "--origins", "https://portail.example.fr/",
            "--persisted-only", "--rate-limit", "500");

        Assert.Matches("^stage_[a-z2-9]{12}_[A-Za-z0-9]{43}$", key);
        // The key is accepted, and held to its persisted operations only.
        Assert.Equal(["PERSISTED_OPERATIONS_ONLY"], (await api.WithKey(key).PostAsync(Query)).ErrorCodes);

        await using var connection = await api.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT secret_hash, region_codes, department_codes, allowed_origins, persisted_operations_only, rate_limit_per_minute, " +
            "row_to_json(k)::text FROM api_keys k WHERE $1 LIKE 'stage_' || prefix || '_%'", connection)
        { Parameters = { new() { Value = key } } };
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), reader.GetFieldValue<byte[]>(0));
        Assert.Equal(["11", "84"], reader.GetFieldValue<string[]>(1));
        Assert.Equal(["2A"], reader.GetFieldValue<string[]>(2));
        Assert.Equal(["https://portail.example.fr"], reader.GetFieldValue<string[]>(3));
        Assert.True(reader.GetBoolean(4));
        Assert.Equal(500, reader.GetInt32(5));
        Assert.DoesNotContain(key.Split('_')[2], reader.GetString(6), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stage_abcdefghijkm_notakey")]
    [InlineData("not-even-shaped-like-a-key")]
    [InlineData("stage_abcdefghijkm")]
    public async Task An_unknown_or_malformed_key_is_refused_with_401(string key)
    {
        var response = await api.WithKey(key).PostAsync(Query);

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["INVALID_API_KEY"], response.ErrorCodes);
        Assert.Null(response.Data);
    }

    [Fact]
    public async Task A_key_with_a_wrong_secret_is_refused_even_when_its_prefix_is_known()
    {
        var key = await api.CreateKeyAsync();
        await api.WithKey(key).QueryAsync(Query);

        var response = await api.WithKey(key[..^4] + "AAAA").PostAsync(Query);

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["INVALID_API_KEY"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_and_listed_as_revoked()
    {
        var key = await api.CreateKeyAsync("--origins", "https://a.example.fr");
        await api.WithKey(key).QueryAsync(Query);
        var (_, listing, _) = await api.RunAsync("list");
        var line = Assert.Single(listing.Split('\n'), l => l.Contains("stage_" + key.Split('_')[1] + "_", StringComparison.Ordinal));
        Assert.DoesNotContain(key, listing, StringComparison.Ordinal);
        var id = line.Split('\t')[0];

        Assert.Equal(0, (await api.RunAsync("revoke", id)).ExitCode);

        var response = await api.WithKey(key).PostAsync(Query);
        Assert.Equal(401, response.StatusCode);
        Assert.Equal(["INVALID_API_KEY"], response.ErrorCodes);
        var (_, after, _) = await api.RunAsync("list");
        Assert.Contains(after.Split('\n'), l => l.StartsWith(id, StringComparison.Ordinal) && l.Contains("revoked=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("create")]
    [InlineData("create --name X --regions 99")]
    [InlineData("create --name X --departments 20")]
    [InlineData("create --name X --academies 05")]
    [InlineData("create --name X --origins https://a.fr/path")]
    [InlineData("create --name X --rate-limit 0")]
    [InlineData("revoke not-a-guid")]
    [InlineData("frobnicate")]
    public async Task Bad_arguments_exit_with_2_and_a_message(string arguments)
    {
        var (exitCode, output, errors) = await api.RunAsync(arguments.Split(' '));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.StartsWith("apikey: ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revoking_an_unknown_key_exits_with_1()
    {
        Assert.Equal(1, (await api.RunAsync("revoke", Guid.NewGuid().ToString())).ExitCode);
    }
}
