namespace Stage.Api.Tests.Fixtures;

/// <summary>A clock that tests move by hand, so that nothing waits for real time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
