using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Stage.Api.Kit.Idempotency;
using Stage.Api.Tests.Applications;
using Stage.Api.Tests.Fixtures;

namespace Stage.Api.Tests.Kit;

/// <summary>Idempotency keys are kept 24 hours as promised, then forgotten; time is moved, never waited for.</summary>
public sealed class IdempotencyKeyCleanupTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task A_key_is_kept_for_a_day_and_forgotten_after_its_lifetime()
    {
        // Keys are stamped by the database's clock, so the manual clock starts from the real time.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var factory = api.Factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var scenario = new ApplicationScenario(api, factory);
        var school = await scenario.SchoolAsync();
        var (employer, _) = await scenario.EmployerAsync();
        var pupil = await scenario.AsPupilAsync(await scenario.PupilAsync(school));
        await ApplicationScenario.ApplyAsync(pupil, await scenario.OfferAsync(employer), key: "cleanup-test-key");

        var cleanup = factory.Services.GetServices<IHostedService>().OfType<IdempotencyKeyCleanup>().Single();
        var dataSource = factory.Services.GetRequiredService<NpgsqlDataSource>();
        async Task<bool> KeptAsync()
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM idempotency_keys WHERE key = 'cleanup-test-key'");
            return (long)(await command.ExecuteScalarAsync() ?? 0L) == 1;
        }

        Assert.True(await KeptAsync());
        clock.Advance(TimeSpan.FromHours(24));
        await cleanup.ForgetExpiredAsync(CancellationToken.None);
        Assert.True(await KeptAsync());

        clock.Advance(IdempotencyKeyCleanup.Lifetime - TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        await cleanup.ForgetExpiredAsync(CancellationToken.None);
        Assert.False(await KeptAsync());
    }
}
