using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// A resident registered as a volunteer (Order 67 Art. 5). Name, gender, birth date, ID number, address and contact
/// stay in the residents register, encrypted where they are sensitive; this adds skills, service categories, the
/// consent that lets the community keep the record, and the platform <see cref="Number"/>, the volunteer's public
/// identifier (never the ID number).
/// </summary>
public sealed class Volunteer : ICommunityOwned, ResidentAccess.IPersonal<Volunteer>
{
    public static Expression<Func<Volunteer, int?>> ResidentOf => v => v.ResidentId;

    public const int MaxListText = 300;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public string Number { get; private set; } = "";
    /// <summary>Skills and categories as the volunteer names them, joined by "、".</summary>
    public string Skills { get; private set; } = "";
    public string ServiceCategories { get; private set; } = "";
    public DateTime ConsentAt { get; private set; }
    public string RegisteredBy { get; private set; } = "";
    public DateTime RegisteredAt { get; private set; }

    private Volunteer() { }

    public Volunteer(int communityId, int residentId, string skills, string serviceCategories, string registeredBy, DateTime now)
    {
        CommunityId = communityId;
        ResidentId = residentId;
        Skills = skills;
        ServiceCategories = serviceCategories;
        ConsentAt = now;
        RegisteredBy = registeredBy;
        RegisteredAt = now;
        // Replaced by the numbered form once the row has its id; unique meanwhile.
        Number = "pending-" + Guid.NewGuid().ToString("N");
    }

    /// <summary>"V" + year of registration + the row's id: short enough to read out, never the ID number.</summary>
    public void Numbered() => Number = $"V{Platform.Localization.ChinaTime.FromUtc(RegisteredAt):yyyy}{Id:D6}";
}
