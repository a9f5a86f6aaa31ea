using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Groups;

/// <summary>A group as other modules list it: its name, kind, incubation stage and founding day.</summary>
public sealed record GroupBasics(int Id, string Name, GroupKind Kind, GroupStage Stage, DateOnly FoundedOn);

/// <summary>
/// Resident groups as other modules see them: which group runs an activity, who is on a group's roster. Reads go
/// through the caller's scope; the modules that use it never touch the groups' tables (ModuleBoundaryTests).
/// </summary>
public sealed class GroupDirectory(LinliDb db)
{
    /// <summary>The name of the group that runs the activity, if one does.</summary>
    public Task<string?> RunnerOfAsync(int activityId, CancellationToken cancellationToken) =>
        db.Set<GroupActivity>().Where(g => g.ActivityId == activityId)
            .Join(db.Set<ResidentGroup>(), g => g.GroupId, x => x.Id, (_, x) => x.Name).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> InCommunityAsync(int groupId, int communityId, CancellationToken cancellationToken) =>
        db.Set<ResidentGroup>().AnyAsync(g => g.Id == groupId && g.CommunityId == communityId, cancellationToken);

    /// <summary>The community's groups, oldest first: what a station lists as the groups it incubates.</summary>
    public async Task<IReadOnlyList<GroupBasics>> OfCommunityAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<ResidentGroup>().AsNoTracking().Where(g => g.CommunityId == communityId).OrderBy(g => g.FoundedOn).ThenBy(g => g.Id)
            .Select(g => new GroupBasics(g.Id, g.Name, g.Kind, g.Stage, g.FoundedOn)).Take(500).ToListAsync(cancellationToken);

    /// <summary>Everyone who has been on the group's roster (members who left included: their past service counts).</summary>
    public async Task<IReadOnlyList<int>> RosterAsync(int groupId, CancellationToken cancellationToken) =>
        await db.Set<GroupMember>().Where(m => m.GroupId == groupId).Select(m => m.ResidentId).Distinct().ToListAsync(cancellationToken);
}
