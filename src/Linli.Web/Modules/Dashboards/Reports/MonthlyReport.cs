using System.Text.Json;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Dashboards.Reports;

/// <summary>
/// A region's figures for a month as counted once the month was over (a community's monthly report, a street's or a
/// district's summary), kept as they were: a report handed in never changes. Records typed in later show as drift
/// beside it, never in it. One per region and month (unique index: the scheduler on two hosts, or a reader and the
/// scheduler at once, keep the first).
/// </summary>
public sealed class MonthlyReport : IRegionOwned
{
    public const int MaxBy = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Id { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";

    /// <summary>The month's first day.</summary>
    public DateOnly Month { get; private set; }

    /// <summary>The <see cref="RawFigures"/> as JSON: the region's figures, its children's and the unplaced remainder.</summary>
    public string Figures { get; private set; } = "";

    public DateTime TakenAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }

    private MonthlyReport() { }

    public MonthlyReport(int regionId, string regionPath, DateOnly month, RawFigures figures, DateTime now)
    {
        RegionId = regionId;
        RegionPath = regionPath;
        Month = month;
        Figures = JsonSerializer.Serialize(figures, Json);
        TakenAt = now;
    }

    public RawFigures Kept => JsonSerializer.Deserialize<RawFigures>(Figures, Json)!;

    /// <summary>Who handed it in, as the column holds it.</summary>
    public static string By(string name) => name.Length > MaxBy ? name[..MaxBy] : name;
}
