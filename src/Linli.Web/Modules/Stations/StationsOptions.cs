namespace Linli.Web.Modules.Stations;

/// <summary>
/// Continuing education (继续教育) of certified social workers (Linli:Stations): the hours each qualification owes per
/// registration period, counted from the certificate's day. The defaults are the figures commonly cited from the
/// Ministry of Civil Affairs' rules — 72 hours for an assistant social worker, 90 for a social worker or a senior one,
/// every three years; check them against the rules in force and set the district's own here.
/// </summary>
public sealed class StationsOptions
{
    public const string Section = "Linli:Stations";

    public int PeriodYears { get; set; } = 3;
    public decimal AssistantHours { get; set; } = 72m;
    public decimal SocialWorkerHours { get; set; } = 90m;
    public decimal SeniorHours { get; set; } = 90m;

    /// <summary>How long a supported worker may go without a supervision session before the supervisor's queue shows them (seed 001's group supervision is monthly).</summary>
    public int SupervisionDueDays { get; set; } = 31;

    /// <summary>The hours a qualification owes per period; none for a worker without one.</summary>
    public decimal? TargetFor(Qualification qualification) => qualification switch
    {
        Qualification.Assistant => AssistantHours,
        Qualification.SocialWorker => SocialWorkerHours,
        Qualification.Senior => SeniorHours,
        _ => null,
    };

    /// <summary>The registration period around a day: whole periods counted from the certificate's day.</summary>
    public (DateOnly From, DateOnly To) PeriodAround(DateOnly certifiedOn, DateOnly day)
    {
        var from = certifiedOn;
        while (from.AddYears(PeriodYears) <= day) from = from.AddYears(PeriodYears);
        return (from, from.AddYears(PeriodYears).AddDays(-1));
    }
}
