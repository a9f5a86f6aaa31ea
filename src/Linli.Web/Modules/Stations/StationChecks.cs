using Linli.Web.Platform.Api;

namespace Linli.Web.Modules.Stations;

/// <summary>Checks the station's records share.</summary>
internal static class StationChecks
{
    /// <summary>A length in hours: more than 0, at most <paramref name="max"/>, in hundredths at most (1.5 hours, 0.25).</summary>
    public static decimal Hours(this Dictionary<string, FieldError> errors, decimal? hours, decimal max, string field = "hours")
    {
        if (hours is not { } value || value <= 0 || value > max || decimal.Round(value, 2) != value) errors[field] = new("Stations.Hours", max);
        return hours ?? 0;
    }
}
