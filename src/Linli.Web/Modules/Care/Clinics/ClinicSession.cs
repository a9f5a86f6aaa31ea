using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Clinics;

/// <summary>What a free clinic is about (中医专场、眼科专场、青少年专场、常规体检 ...).</summary>
public enum ClinicTheme
{
    CheckUp = 1,
    TraditionalChinese = 2,
    Eyes = 3,
    Youth = 4,
    ChronicDisease = 5,
    Other = 6,
}

/// <summary>
/// One session of a free-clinic series (seed 002 case 1: every Wednesday in a different courtyard). Sign-ups,
/// attendance and helpers are the activities module's: each session is an activity, so person-times and volunteers'
/// hours come from its check-ins. Measurements taken at the session carry its id.
/// </summary>
public sealed class ClinicSession : ICommunityOwned
{
    public const int MaxSeries = 50;
    public const int MaxPartner = 100;
    public const int MaxDoctors = 200;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Series { get; private set; } = "";
    public int ActivityId { get; private set; }

    /// <summary>The courtyard (or any place of the community) the session goes to.</summary>
    public int RegionId { get; private set; }
    public ClinicTheme Theme { get; private set; }
    public DateTime StartsAt { get; private set; }
    public string? Partner { get; private set; }
    public string? Doctors { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private ClinicSession() { }

    public ClinicSession(int communityId, string series, int activityId, int regionId, ClinicTheme theme, DateTime startsAt, (string? Partner, string? Doctors) by,
        string createdBy)
    {
        CommunityId = communityId;
        Series = series;
        ActivityId = activityId;
        RegionId = regionId;
        Theme = theme;
        StartsAt = startsAt;
        (Partner, Doctors) = by;
        CreatedBy = createdBy;
    }
}
