using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Dashboards.Facts;

/// <summary>
/// A district's, street's or community's value of a figure that does not add up (unique people, new participants, a
/// median, a rate) over one whole month or one whole year, as last counted with that month: what a year's dashboard
/// reads instead of counting a million people's attendance again; and, for a place right below a community (a
/// compound), each figure counted by home over the period, so a community's month drills into its compounds without
/// walking its residents. Zeros are kept, so a kept nought is not a gap.
/// </summary>
public sealed class RegionFact : IRegionOwned
{
    public int RegionId { get; private set; }
    public string RegionPath { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Key { get; private set; } = "";
    public decimal Value { get; private set; }

    private RegionFact() { }

    public RegionFact(int regionId, string regionPath, DateOnly from, DateOnly to, string key, decimal value)
    {
        RegionId = regionId;
        RegionPath = regionPath;
        From = from;
        To = to;
        Key = key;
        Value = value;
    }
}
