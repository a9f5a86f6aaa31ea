using System.Linq.Expressions;
using Linli.Web.Platform.Scoping;

namespace Linli.Web.Modules.Groups;

public enum MemberRole
{
    Leader = 1,
    Core = 2,
    Member = 3,
}

/// <summary>A resident on a group's roster. Leaving keeps the row (who was in the team, and when) with <see cref="LeftOn"/> set; rejoining clears it.</summary>
public sealed class GroupMember : ICommunityOwned, ResidentAccess.IPersonal<GroupMember>
{
    public static Expression<Func<GroupMember, int?>> ResidentOf => m => m.ResidentId;

    public int Id { get; private set; }
    public int GroupId { get; private set; }
    public int CommunityId { get; private set; }
    public int ResidentId { get; private set; }
    public MemberRole Role { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; private set; }

    private GroupMember() { }

    public GroupMember(ResidentGroup group, int residentId, MemberRole role, DateOnly joinedOn)
    {
        GroupId = group.Id;
        CommunityId = group.CommunityId;
        ResidentId = residentId;
        Role = role;
        JoinedOn = joinedOn;
    }

    public bool Active => LeftOn is null;

    public void Rejoin(MemberRole role, DateOnly on)
    {
        Role = role;
        JoinedOn = on;
        LeftOn = null;
    }

    public void Become(MemberRole role) => Role = role;

    public void Leave(DateOnly on) => LeftOn = on;
}
