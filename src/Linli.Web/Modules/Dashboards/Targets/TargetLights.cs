using Linli.Web.Platform.Figures;

namespace Linli.Web.Modules.Dashboards.Targets;

public enum Light
{
    Green = 1,
    Amber = 2,
    Red = 3,
}

/// <summary>A figure against its target: the target, what is due by today, and the light.</summary>
public sealed record TargetState(decimal Target, decimal Due, Light Light);

/// <summary>
/// The traffic lights of a period's figures against their targets. A figure counted over the period (person-times) is
/// held to the share of the target that is due by today when the period is still running (half a month: half the
/// month's target); a count of today (people in care) is held to the whole target. Green at or past what is due, amber
/// from 80 % of it, red below; for a figure where less is better (overdue contacts, hours to answer) green at or under
/// the target, amber up to 120 % of it, red above.
/// </summary>
public static class TargetLights
{
    public const decimal AmberShare = 0.8m, AmberExcess = 1.2m;

    public static TargetState? Of(FigureDefinition figure, decimal? value, decimal? target, DateOnly from, DateOnly to, DateOnly today)
    {
        if (value is not { } v || target is not { } t) return null;
        if (figure.LowerIsBetter) return new(t, t, v <= t ? Light.Green : v <= t * AmberExcess ? Light.Amber : Light.Red);
        var due = figure.AsOfToday || today >= to ? t
            : today < from ? 0 : Math.Round(t * (today.DayNumber - from.DayNumber + 1) / (to.DayNumber - from.DayNumber + 1), 2);
        return new(t, due, v >= due ? Light.Green : v >= due * AmberShare ? Light.Amber : Light.Red);
    }
}
