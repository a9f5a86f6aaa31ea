namespace Linli.Web.Modules.Volunteers.Recognition;

/// <summary>Percentages of the score given to services counted, hours served and the performance rating; they add up to 100.</summary>
public sealed record RecognitionWeights(int Services, int Hours, int Performance)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Valid => Services is >= 0 and <= 100 && Hours is >= 0 and <= 100 && Performance is >= 0 and <= 100 && Services + Hours + Performance == 100;
}

/// <summary>What a volunteer served in the round's period: the inputs of the score.</summary>
public sealed record ServedInPeriod(int VolunteerId, string VolunteerNumber, int Services, decimal Hours, decimal? Performance);

public sealed record RankedVolunteer(int Rank, int VolunteerId, string VolunteerNumber, int Services, decimal Hours, decimal? Performance, decimal Score);

/// <summary>
/// The round's score, the one place it is computed: services and hours each as a share of the most anyone served in
/// the period (the most is 100), the performance as the average rating of the period's evaluations (优秀 100, 良好 80,
/// 一般 60, 较差 40; none is 0), weighted and rounded once to two decimals. Ties go to more services, then more hours,
/// then the earlier volunteer number.
/// </summary>
public static class RecognitionScore
{
    public static decimal Points(QualityRating rating) => rating switch
    {
        QualityRating.Excellent => 100,
        QualityRating.Good => 80,
        QualityRating.Fair => 60,
        _ => 40,
    };

    public static IReadOnlyList<RankedVolunteer> Rank(IReadOnlyCollection<ServedInPeriod> served, RecognitionWeights weights)
    {
        if (served.Count == 0) return [];
        var mostServices = served.Max(s => s.Services);
        var mostHours = served.Max(s => s.Hours);
        return [.. served
            .Select(s => (s, Score: decimal.Round((weights.Services * Share(s.Services, mostServices) + weights.Hours * Share(s.Hours, mostHours)
                + weights.Performance * (s.Performance ?? 0)) / 100, 2, MidpointRounding.AwayFromZero)))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.s.Services).ThenByDescending(x => x.s.Hours).ThenBy(x => x.s.VolunteerNumber, StringComparer.Ordinal)
            .Select((x, i) => new RankedVolunteer(i + 1, x.s.VolunteerId, x.s.VolunteerNumber, x.s.Services, x.s.Hours, x.s.Performance, x.Score))];
    }

    private static decimal Share(decimal value, decimal most) => most == 0 ? 0 : value * 100 / most;
}
