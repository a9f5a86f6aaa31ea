using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Residents.Guardians;

/// <summary>
/// An adult who acts for a child: signs them up for children's activities and borrows books on their behalf
/// in the portal, and is told when the child's loan is overdue.
/// </summary>
public sealed class Guardianship : ICommunityOwned, ResidentAccess.IPersonal<Guardianship>
{
    public static Expression<Func<Guardianship, int?>> ResidentOf => g => g.ChildId;

    public int Id { get; private set; }
    public int CommunityId { get; private set; }
    public int ChildId { get; private set; }
    public int GuardianId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private Guardianship() { }

    public Guardianship(Resident child, Resident guardian, DateTime now)
    {
        CommunityId = child.CommunityId;
        ChildId = child.Id;
        GuardianId = guardian.Id;
        CreatedAt = now;
    }
}
