namespace Linli.Web.Platform.Demo;

/// <summary>The demo's clock moved back, so a past meeting or step is recorded as it was recorded then.</summary>
public sealed class ShiftedClock(TimeProvider clock, TimeSpan by) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow() + by;
}
