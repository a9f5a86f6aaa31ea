using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Groups;

/// <summary>A group as other modules list it: its name, kind, incubation stage and founding day.</summary>
public sealed record GroupBasics(int Id, string Name, GroupKind Kind, GroupStage Stage, DateOnly FoundedOn);

/// <summary>A group a worker accompanies: the supervision notes they wrote on it (in the period) and the last one's day.</summary>
public sealed record MentoredGroup(int Id, string Name, GroupStage Stage, int Notes, DateOnly LastNoteOn);

/// <summary>A group a resident carries: as its leader or one of its core members, since the day they joined.</summary>
public sealed record CarriedGroup(int Id, string Name, GroupStage Stage, MemberRole Role, DateOnly Since);

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

    /// <summary>The groups a worker wrote supervision notes on (督导记录) between the days given, most recently noted first.</summary>
    public async Task<IReadOnlyList<MentoredGroup>> MentoredByAsync(string userName, DateOnly? from, DateOnly? to, CancellationToken cancellationToken) =>
        [.. (await db.Set<SupervisionNote>().AsNoTracking().Where(n => n.Author == userName && (from == null || n.Date >= from) && (to == null || n.Date <= to))
            .GroupBy(n => n.GroupId).Select(g => new { GroupId = g.Key, Notes = g.Count(), Last = g.Max(n => n.Date) })
            .Join(db.Set<ResidentGroup>(), n => n.GroupId, g => g.Id, (n, g) => new { g.Id, g.Name, g.Stage, n.Notes, n.Last }).ToListAsync(cancellationToken))
            .OrderByDescending(g => g.Last).Select(g => new MentoredGroup(g.Id, g.Name, g.Stage, g.Notes, g.Last))];

    /// <summary>The groups a resident leads or is a core member of, on the roster today.</summary>
    public async Task<IReadOnlyList<CarriedGroup>> CarriedByAsync(int residentId, CancellationToken cancellationToken) =>
        await db.Set<GroupMember>().AsNoTracking().Where(m => m.ResidentId == residentId && m.LeftOn == null && m.Role != MemberRole.Member)
            .Join(db.Set<ResidentGroup>(), m => m.GroupId, g => g.Id, (m, g) => new { g.Id, g.Name, g.Stage, m.Role, m.JoinedOn }).OrderBy(x => x.JoinedOn)
            .Select(x => new CarriedGroup(x.Id, x.Name, x.Stage, x.Role, x.JoinedOn)).ToListAsync(cancellationToken);

    /// <summary>Everyone who has been on the group's roster (members who left included: their past service counts).</summary>
    public async Task<IReadOnlyList<int>> RosterAsync(int groupId, CancellationToken cancellationToken) =>
        await db.Set<GroupMember>().Where(m => m.GroupId == groupId).Select(m => m.ResidentId).Distinct().ToListAsync(cancellationToken);
}
