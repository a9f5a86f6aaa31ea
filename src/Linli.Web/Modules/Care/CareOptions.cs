namespace Linli.Web.Modules.Care;

/// <summary>
/// The "Linli:Care" settings. Every key has a default: the case-management deadlines, the request line's response
/// targets, and the health-monitoring thresholds of 国家基本公共卫生服务规范 (third edition) — which only prompt a
/// follow-up, never diagnose.
/// </summary>
public sealed class CareOptions
{
    public const string Section = "Linli:Care";

    /// <summary>A case referred in must see its first contact within this many days.</summary>
    public int FirstContactDays { get; set; } = 3;

    /// <summary>A case's plan is reviewed with the supervisor every this many weeks.</summary>
    public int ReviewWeeks { get; set; } = 4;

    /// <summary>A referral not answered is chased after this many days.</summary>
    public int ReferralChaseDays { get; set; } = 7;

    /// <summary>Hours within which a request of each category is answered; categories not listed take <see cref="DefaultResponseHours"/>.</summary>
    public Dictionary<string, int> ResponseHours { get; set; } = new()
    {
        ["ElderlyServices"] = 24,
        ["Health"] = 24,
        ["Property"] = 48,
        ["Environment"] = 48,
        ["Neighbours"] = 72,
        ["PublicAffairs"] = 72,
    };

    public int DefaultResponseHours { get; set; } = 72;

    public HealthThresholds Health { get; set; } = new();
}

/// <summary>Blood pressure in mmHg, glucose in mmol/L; a resident with a chronic condition not measured for <see cref="FollowUpDays"/> is due a follow-up.</summary>
public sealed class HealthThresholds
{
    public int SystolicRaised { get; set; } = 140;
    public int DiastolicRaised { get; set; } = 90;
    public int SystolicUrgent { get; set; } = 180;
    public int DiastolicUrgent { get; set; } = 110;
    public decimal GlucoseRaised { get; set; } = 7.0m;
    public decimal GlucoseUrgentHigh { get; set; } = 16.7m;
    public decimal GlucoseUrgentLow { get; set; } = 3.9m;

    /// <summary>People managed for hypertension or diabetes are seen at least quarterly.</summary>
    public int FollowUpDays { get; set; } = 90;
}
