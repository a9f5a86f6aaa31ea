using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Dashboards.Targets;

public enum TargetPer
{
    Month = 1,
    Year = 2,
}

/// <summary>
/// What a region aims at for a figure, per month or per year (指标下达: a street sets its communities' targets, a
/// community its own). One per region, figure and span (unique index); setting it again replaces the value.
/// </summary>
public sealed class FigureTarget : IRegionOwned
{
    public const int MaxKey = 50, MaxBy = 100;

    public int Id { get; private set; }
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public string FigureKey { get; private set; } = "";
    public TargetPer Per { get; private set; }
    public decimal Value { get; private set; }
    public string SetBy { get; private set; } = "";
    public DateTime SetAt { get; private set; }

    private FigureTarget() { }

    public FigureTarget(int regionId, string regionPath, string figureKey, TargetPer per)
    {
        RegionId = regionId;
        RegionPath = regionPath;
        FigureKey = figureKey;
        Per = per;
    }

    public void Set(decimal value, string by, DateTime now)
    {
        Value = value;
        SetBy = by.Length > MaxBy ? by[..MaxBy] : by;
        SetAt = now;
    }
}
