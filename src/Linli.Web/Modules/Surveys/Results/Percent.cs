namespace Linli.Web.Modules.Surveys.Results;

/// <summary>Shares computed exactly (decimal) and rounded once, half away from zero: 119 of 120 is 99.17, not 99.16.</summary>
public static class Percent
{
    public static decimal Of(int count, int total) => total <= 0 ? 0m : Math.Round(count * 100m / total, 2, MidpointRounding.AwayFromZero);

    public static decimal? Average(decimal sum, int count) => count == 0 ? null : Math.Round(sum / count, 2, MidpointRounding.AwayFromZero);
}
