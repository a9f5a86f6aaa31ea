using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Stewards;

/// <summary>What is adopted (认领/认养): a plant (菊园's gardenias), a bed of the garden, a green patch (瑞丰's 小区绿地认养).</summary>
public enum AdoptionKind
{
    Plant = 1,
    Bed = 2,
    GreenPatch = 3,
}

/// <summary>
/// An adoption: a resident — or their family, or a child with a guardian ("一个5岁的小朋友认养了一株栀子花", seed 002) —
/// takes care of a plant, a bed or a patch of green at a place of the community, with the duties agreed, from a day
/// until it is handed back. The care they give is logged in <see cref="AdoptionCare"/>.
/// </summary>
public sealed class Adoption : ICommunityOwned
{
    public const int MaxItem = 100, MaxPlace = 100, MaxDuties = 500;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public AdoptionKind Kind { get; private set; }
    public string Item { get; private set; } = "";
    public string Place { get; private set; } = "";
    public int AdopterId { get; private set; }

    /// <summary>The family adopts together (the adopter's household: "每家一盆，写上名字看着它长大").</summary>
    public bool ByFamily { get; private set; }

    /// <summary>A child's guardian, one of those the register records for the child.</summary>
    public int? GuardianId { get; private set; }
    public string? Duties { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }

    /// <summary>The adopter is a registered volunteer and each care entry's hours go into their Order 67 service record (and earn the hourly points).</summary>
    public bool CountsAsService { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    private Adoption() { }

    public Adoption(int communityId, AdoptionKind kind, (string Item, string Place) what, (int Adopter, bool ByFamily, int? Guardian) who, string? duties, DateOnly from,
        bool countsAsService, string createdBy, DateTime now)
    {
        (CommunityId, Kind, Item, Place) = (communityId, kind, what.Item, what.Place);
        (AdopterId, ByFamily, GuardianId) = who;
        Duties = duties;
        CountsAsService = countsAsService;
        From = from;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public void HandBack(DateOnly on) => To = on;
}

/// <summary>A care entry: a day the adopter watered, weeded or tended, what they did, a photo, and the time it took.</summary>
public sealed class AdoptionCare : ICommunityOwned
{
    public const int MaxNote = 200;
    public const decimal MaxHours = 12;

    public int Id { get; private set; }
    public int AdoptionId { get; private set; }
    public int CommunityId { get; private set; }
    public DateOnly On { get; private set; }
    public string Note { get; private set; } = "";
    public decimal? Hours { get; private set; }
    public Guid? PhotoFileId { get; private set; }

    /// <summary>The volunteer's service record the hours went into, when the adoption counts as service.</summary>
    public int? ServiceRecordId { get; private set; }
    public string RecordedBy { get; private set; } = "";
    public DateTime RecordedAt { get; private set; }

    private AdoptionCare() { }

    public AdoptionCare(Adoption adoption, DateOnly on, string note, decimal? hours, Guid? photoFileId, int? serviceRecordId, string recordedBy, DateTime now)
    {
        (AdoptionId, CommunityId, On, Note, Hours, PhotoFileId, ServiceRecordId) = (adoption.Id, adoption.CommunityId, on, note, hours, photoFileId, serviceRecordId);
        RecordedBy = recordedBy;
        RecordedAt = now;
    }
}
