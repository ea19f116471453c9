namespace Stage.Api.RateLimits;

/// <summary>
/// A token bucket counted in cost points: it holds up to a minute's allowance and refills continuously.
/// A request is let in while a whole point is left and its cost is charged afterwards (its cost is
/// only known once it ran), so one expensive request may overdraw the bucket and the caller then waits
/// for the debt to be refilled.
/// </summary>
public sealed class PointBucket(int pointsPerMinute, DateTimeOffset now)
{
    private readonly object _gate = new();
    private double _balance = pointsPerMinute;
    private DateTimeOffset _updated = now;

    public int PointsPerMinute => pointsPerMinute;

    /// <summary>Null when a request may go in now; otherwise how long until it may.</summary>
    public TimeSpan? WaitBeforeNext(DateTimeOffset now)
    {
        lock (_gate)
        {
            Refill(now);
            return _balance >= 1 ? null : TimeSpan.FromSeconds((1 - _balance) * 60 / pointsPerMinute);
        }
    }

    public void Charge(int points, DateTimeOffset now)
    {
        lock (_gate)
        {
            Refill(now);
            _balance -= points;
        }
    }

    /// <summary>A full bucket holds nothing a fresh one would not: it can be forgotten.</summary>
    public bool IsFull(DateTimeOffset now)
    {
        lock (_gate)
        {
            Refill(now);
            return _balance >= pointsPerMinute;
        }
    }

    public DateTimeOffset LastUsed
    {
        get
        {
            lock (_gate)
            {
                return _updated;
            }
        }
    }

    private void Refill(DateTimeOffset now)
    {
        if (now > _updated)
        {
            _balance = Math.Min(pointsPerMinute, _balance + ((now - _updated).TotalSeconds * pointsPerMinute / 60));
            _updated = now;
        }
    }
}
