using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers.Recognition;

/// <summary>
/// A recognition round (表彰, seed 002 case 5: "根据残疾人志愿者参与志愿服务的次数，评选表彰" and "按照服务时长、活动表现等因素"): a period,
/// optionally one team, the weights of services counted, hours served and the performance rating, and how many are
/// recognized. Its ranking is computed from the service records and evaluations, so anyone can recompute it; once
/// decided, the awardees are frozen in <see cref="RecognitionAward"/> and a later recomputation is shown beside them.
/// </summary>
public sealed class RecognitionRound : ICommunityOwned
{
    public const int MaxTitle = 100;
    public const int MaxPlaces = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public int? GroupId { get; private set; }
    public int ServicesWeight { get; private set; }
    public int HoursWeight { get; private set; }
    public int PerformanceWeight { get; private set; }
    public int Places { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private RecognitionRound() { }

    public RecognitionRound(int communityId, string title, DateOnly from, DateOnly to, int? groupId, RecognitionWeights weights, int places, string createdBy, DateTime now)
    {
        (CommunityId, Title, From, To, GroupId, Places) = (communityId, title, from, to, groupId, places);
        (ServicesWeight, HoursWeight, PerformanceWeight) = (weights.Services, weights.Hours, weights.Performance);
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public RecognitionWeights Weights => new(ServicesWeight, HoursWeight, PerformanceWeight);
}

/// <summary>One awardee of a decided round, with the figures that placed them, as they stood when it was decided.</summary>
public sealed class RecognitionAward : ICommunityOwned
{
    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int CommunityId { get; private set; }
    public int VolunteerId { get; private set; }
    public int Rank { get; private set; }
    public int Services { get; private set; }
    public decimal Hours { get; private set; }
    public decimal? Performance { get; private set; }
    public decimal Score { get; private set; }
    /// <summary>The certificate issued for the round, once it has been.</summary>
    public string? CertificateNumber { get; private set; }

    private RecognitionAward() { }

    public RecognitionAward(RecognitionRound round, RankedVolunteer line)
    {
        (RoundId, CommunityId, VolunteerId, Rank) = (round.Id, round.CommunityId, line.VolunteerId, line.Rank);
        (Services, Hours, Performance, Score) = (line.Services, line.Hours, line.Performance, line.Score);
    }

    public void Certified(string number) => CertificateNumber = number;
}
