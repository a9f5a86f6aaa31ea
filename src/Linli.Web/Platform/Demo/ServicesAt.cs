using Linli.Web.Platform.Localization;

namespace Linli.Web.Platform.Demo;

/// <summary>
/// A module's services built with the demo's clock moved, so past work is recorded as it was recorded then
/// (a visit three weeks ago, a monthly report sent on the 5th of a month in 2020).
/// </summary>
public sealed record ServicesAt(IServiceProvider Services, TimeProvider Clock)
{
    public static ServicesAt Shifted(IServiceProvider services, TimeProvider clock, TimeSpan by) =>
        new(services, by == TimeSpan.Zero ? clock : new ShiftedClock(clock, by));

    /// <summary>The services as they ran at a moment in China time.</summary>
    public static ServicesAt When(IServiceProvider services, TimeProvider clock, DateTime chinaTime) =>
        Shifted(services, clock, ChinaTime.ToUtc(chinaTime) - clock.GetUtcNow().UtcDateTime);

    public T Service<T>() where T : class => ActivatorUtilities.CreateInstance<T>(Services, Clock);
}
