using System.Linq.Expressions;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// A person in the register. The ID number and phone are sealed at rest; their keyed lookups find
/// duplicates and the phone's last four digits (the part every masked display shows) make it searchable.
/// </summary>
public sealed class Resident : ICommunityOwned, ResidentAccess.IPersonal<Resident>
{
    public static Expression<Func<Resident, int?>> ResidentOf => r => r.Id;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int HouseholdId { get; private set; }
    public int? UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public Gender Gender { get; private set; }
    public DateOnly BirthDate { get; private set; }
    [Sensitive] public string? IdNumber { get; private set; }
    public string? IdNumberLookup { get; private set; }
    [Sensitive] public string? Phone { get; private set; }
    public string? PhoneTail { get; private set; }
    public string? RelationToHead { get; private set; }
    public DateOnly? MovedInOn { get; private set; }
    public ResidentStatus Status { get; private set; } = ResidentStatus.Living;
    public DateOnly? StatusOn { get; private set; }
    public string? Notes { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Resident() { }

    internal Resident(Household household, ResidentDetails details, string? idNumberLookup, DateTime now)
    {
        CommunityId = household.CommunityId;
        HouseholdId = household.Id;
        UnitId = household.UnitId;
        CreatedAt = now;
        Update(details, idNumberLookup);
    }

    internal void Update(ResidentDetails details, string? idNumberLookup)
    {
        Name = details.Name;
        Gender = details.Gender;
        BirthDate = details.BirthDate;
        IdNumber = details.IdNumber;
        IdNumberLookup = idNumberLookup;
        Phone = details.Phone;
        PhoneTail = details.Phone is { Length: >= 4 } phone ? phone[^4..] : null;
        RelationToHead = details.RelationToHead;
        MovedInOn = details.MovedInOn;
        Notes = details.Notes;
    }

    public void SetStatus(ResidentStatus status, DateOnly? on)
    {
        Status = status;
        StatusOn = status == ResidentStatus.Living ? null : on;
    }

    public int AgeOn(DateOnly day) => Ages.On(BirthDate, day);
}

/// <summary>Checked values for a resident, produced by <see cref="ResidentValidator"/>.</summary>
public sealed record ResidentDetails(string Name, Gender Gender, DateOnly BirthDate, string? IdNumber, string? Phone,
    string? RelationToHead, DateOnly? MovedInOn, string? Notes);
