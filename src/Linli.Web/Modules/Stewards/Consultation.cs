using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stewards;

/// <summary>
/// A household consultation (入户意见征询): a question put door to door to the households of a community, or of one
/// of its compounds or buildings, one answer per household — seed 004's parking plan, agreed by 97% of households.
/// Not a vote under the Civil Code (Art. 278 decisions are the assemblies module's): its result is a share, said to
/// be non-binding wherever it is shown.
/// </summary>
public sealed class Consultation : ICommunityOwned
{
    public const int MaxTitle = 100, MaxOption = 30, MaxDetails = 2000, MinOptions = 2, MaxOptions = 10;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }

    /// <summary>Where the households asked live: the community itself, or a compound or building of it.</summary>
    public int RegionId { get; private set; }
    public string Title { get; private set; } = "";
    public string? Details { get; private set; }

    /// <summary>The answers offered, in order, one per line.</summary>
    public string Options { get; private set; } = "";
    public DateTime? ClosedAt { get; private set; }

    /// <summary>The notice (公告) that put the result up on the board, once closed: published once.</summary>
    public int? NoticeId { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Consultation() { }

    public Consultation(int communityId, int regionId, string title, string? details, IReadOnlyList<string> options, string createdBy, DateTime now)
    {
        CommunityId = communityId;
        RegionId = regionId;
        Title = title;
        Details = details;
        Options = string.Join('\n', options);
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public IReadOnlyList<string> OptionList => Options.Split('\n');
}

/// <summary>A household's answer: one per household (a unique key decides two stewards at one door).</summary>
public sealed class ConsultationAnswer : ICommunityOwned
{
    public int Id { get; private set; }
    public int ConsultationId { get; private set; }
    public int CommunityId { get; private set; }
    public int HouseholdId { get; private set; }
    public string Option { get; private set; } = "";
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private ConsultationAnswer() { }

    public ConsultationAnswer(Consultation consultation, int householdId, string option, string recordedBy, DateTime now)
    {
        ConsultationId = consultation.Id;
        CommunityId = consultation.CommunityId;
        HouseholdId = householdId;
        Option = option;
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
