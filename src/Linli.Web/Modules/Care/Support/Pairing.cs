using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Care.Support;

public enum PairingPartner
{
    Neighbour = 1,
    Volunteer = 2,
    PartyMember = 3,
    Doctor = 4,
}

public enum PairingPurpose
{
    Accompany = 1,
    DementiaCare = 2,
    Health = 3,
    Other = 4,
}

/// <summary>
/// A pairing (结对): an elder and a neighbour, volunteer, party member or doctor who looks in on them every so many
/// days (腾婆婆 fetching 郑婆婆's meals; 党员结对看护 of an elder with dementia). Each contact is written to the
/// register's visits, so the elder leaves the overdue list.
/// </summary>
public sealed class Pairing : ICommunityOwned
{
    public const int MaxName = 50;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ElderId { get; private set; }
    public PairingPartner PartnerKind { get; private set; }
    public string PartnerName { get; private set; } = "";
    public PairingPurpose Purpose { get; private set; }
    public int CadenceDays { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public DateOnly? LastContactOn { get; private set; }
    public string CreatedBy { get; private set; } = "";

    private Pairing() { }

    public Pairing(int communityId, int elderId, (PairingPartner Kind, string Name) partner, PairingPurpose purpose, int cadenceDays, DateOnly startedOn, string createdBy)
    {
        CommunityId = communityId;
        ElderId = elderId;
        (PartnerKind, PartnerName) = partner;
        Purpose = purpose;
        CadenceDays = cadenceDays;
        StartedOn = startedOn;
        CreatedBy = createdBy;
    }

    public DateOnly DueOn => (LastContactOn ?? StartedOn).AddDays(CadenceDays);

    public void Contacted(DateOnly on)
    {
        if (LastContactOn is null || on > LastContactOn) LastContactOn = on;
    }

    public void End(DateOnly on) => EndedOn = on;
}
