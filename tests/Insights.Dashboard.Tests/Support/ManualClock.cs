namespace Insights.Dashboard.Tests.Support;

/// <summary>A clock the test moves by hand (timers are not needed by the code under test).</summary>
/// <param name="start">The first time it tells.</param>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    /// <summary>Moves the clock forward.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
