namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// Star levels by recorded hours (Order 67 Art. 10 allows them; the thresholds are the national volunteer system's:
/// one star at 100 hours, then 300, 600, 1,000 and 1,500).
/// </summary>
public static class StarLevel
{
    private static readonly decimal[] Thresholds = [100, 300, 600, 1000, 1500];

    public static int Of(decimal hours) => Thresholds.Count(t => hours >= t);

    /// <summary>Hours still to serve for the next star; null at five stars.</summary>
    public static decimal? ToNext(decimal hours) => Thresholds.FirstOrDefault(t => hours < t) is var next && next > 0 ? next - hours : null;
}
