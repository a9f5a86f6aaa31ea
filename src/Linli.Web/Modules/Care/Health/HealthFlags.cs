namespace Linli.Web.Modules.Care.Health;

/// <summary>What a measurement prompts: a follow-up (raised) or an urgent referral. Only the highest level of each kind is raised.</summary>
public enum HealthFlag
{
    BloodPressureRaised = 1,
    BloodPressureUrgent = 2,
    GlucoseRaised = 3,
    GlucoseUrgent = 4,
}

/// <summary>
/// The thresholds of 国家基本公共卫生服务规范 (third edition), from the settings: blood pressure ≥ 140/90 raised,
/// ≥ 180 systolic or ≥ 110 diastolic urgent; fasting glucose ≥ 7.0 raised; any glucose ≥ 16.7 or ≤ 3.9 urgent.
/// A flag prompts a follow-up; it is not a diagnosis.
/// </summary>
public static class HealthFlags
{
    public static IReadOnlyList<HealthFlag> Of(MeasurementValues v, HealthThresholds t)
    {
        var flags = new List<HealthFlag>();
        if (v.Systolic >= t.SystolicUrgent || v.Diastolic >= t.DiastolicUrgent) flags.Add(HealthFlag.BloodPressureUrgent);
        else if (v.Systolic >= t.SystolicRaised || v.Diastolic >= t.DiastolicRaised) flags.Add(HealthFlag.BloodPressureRaised);
        decimal?[] glucose = [v.FastingGlucose, v.Glucose];
        if (glucose.Any(g => g >= t.GlucoseUrgentHigh || g <= t.GlucoseUrgentLow)) flags.Add(HealthFlag.GlucoseUrgent);
        else if (v.FastingGlucose >= t.GlucoseRaised) flags.Add(HealthFlag.GlucoseRaised);
        return flags;
    }

    public static bool IsUrgent(HealthFlag flag) => flag is HealthFlag.BloodPressureUrgent or HealthFlag.GlucoseUrgent;
}
