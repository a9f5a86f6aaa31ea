using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Groups;

/// <summary>
/// Resident groups: their roster, papers, trainings, supervision and activities. Staff act on every group in their
/// scope; a GroupLeader on the groups they lead, and only on the roster, papers, trainings and activities.
/// </summary>
public sealed class GroupsService(LinliDb db, ResidentPlacement placement, ResidentDirectory residents, ActivityDirectory activities, FileStore files,
    IAuthorizationService authorization, StaffDirectory staff, AuditLog audit, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<ResidentGroup> CreateAsync(NewGroup input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(input.Name, "name", ResidentGroup.MaxName);
        var purpose = errors.Text(input.Purpose, "purpose", ResidentGroup.MaxPurpose, required: false);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Invalid");
        if (input.FoundedOn > Today) errors["foundedOn"] = new("Groups.FoundedInFuture");
        if (input.CommunityId is not { } communityId) errors["communityId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var leader = await LeaderAsync(input.CommunityId.Value, input.LeaderUserName, cancellationToken);

        var group = new ResidentGroup(input.CommunityId.Value, name, input.Kind!.Value, purpose, leader, input.FoundedOn ?? Today, user.Identity?.Name ?? "", Now);
        db.Set<ResidentGroup>().Add(group);
        await SaveAsync("Groups.NameTaken", "name", cancellationToken);
        await audit.RecordAsync("group.created", "Group", group.Id.ToString(), $"{group.Kind} leader={input.LeaderUserName}", cancellationToken);
        return group;
    }

    /// <summary>Founds a group already at a stage and answers with its id: how another module (a station's demo incubating groups) makes one.</summary>
    public async Task<int> FoundAsync(NewGroup input, GroupStage stage, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await CreateAsync(input, user, cancellationToken);
        if (stage != group.Stage) await SetStageAsync(group.Id, stage, user, cancellationToken);
        return group.Id;
    }

    public async Task UpdateAsync(int groupId, UpdateGroup input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await StaffGroupAsync(groupId, user, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(input.Name, "name", ResidentGroup.MaxName);
        var purpose = errors.Text(input.Purpose, "purpose", ResidentGroup.MaxPurpose, required: false);
        if (input.Kind is { } kind && !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Invalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var leader = await LeaderAsync(group.CommunityId, input.LeaderUserName, cancellationToken);
        db.Entry(group).Property(g => g.Name).CurrentValue = name;
        db.Entry(group).Property(g => g.Purpose).CurrentValue = purpose;
        if (input.Kind is { } k) db.Entry(group).Property(g => g.Kind).CurrentValue = k;
        group.LedBy(leader);
        await SaveAsync("Groups.NameTaken", "name", cancellationToken);
        await audit.RecordAsync("group.updated", "Group", group.Id.ToString(), $"leader={input.LeaderUserName}", cancellationToken);
    }

    /// <summary>Staff move a group through incubating → growing → independent (and back, when a group falters).</summary>
    public async Task SetStageAsync(int groupId, GroupStage? stage, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await StaffGroupAsync(groupId, user, cancellationToken);
        if (stage is not { } to || !Enum.IsDefined(to)) throw new FieldValidationException("stage", "Validation.Invalid");
        var from = group.Stage;
        group.MoveTo(to);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("group.stage", "Group", group.Id.ToString(), $"{from}→{to}", cancellationToken);
    }

    /// <summary>The groups the caller keeps: staff see a community's, a leader sees their own wherever they are.</summary>
    public async Task<IReadOnlyList<GroupSummary>> ListAsync(int? communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var groups = db.Set<ResidentGroup>().AsNoTracking();
        if (GroupsPolicies.IsStaff(user))
        {
            if (communityId is not { } id) throw new FieldValidationException("communityId", "Validation.Required");
            await placement.EnsureCommunityAsync(id, cancellationToken);
            groups = groups.Where(g => g.CommunityId == id);
        }
        else
        {
            var me = user.UserId();
            groups = groups.Where(g => g.LeaderUserId == me);
        }
        var list = await groups.OrderBy(g => g.Name).Take(500).ToListAsync(cancellationToken);
        return await SummariesAsync(list, cancellationToken);
    }

    public async Task<GroupDetail> DetailAsync(int groupId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        var roster = await db.Set<GroupMember>().AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(roster.Select(m => m.ResidentId), cancellationToken);
        var members = roster.Where(m => names.ContainsKey(m.ResidentId)).Select(m => new { m, Name = names[m.ResidentId] }).ToList();
        var documents = await db.Set<GroupDocument>().AsNoTracking().Where(d => d.GroupId == group.Id)
            .Join(db.Set<StoredFile>(), d => d.FileId, f => f.Id, (d, f) => new { d, f.ContentType, f.Length }).OrderBy(x => x.d.Kind).ThenByDescending(x => x.d.Id)
            .ToListAsync(cancellationToken);
        var trainings = await db.Set<GroupTraining>().AsNoTracking().Where(t => t.GroupId == group.Id).OrderByDescending(t => t.Date).ToListAsync(cancellationToken);
        var notes = await db.Set<SupervisionNote>().AsNoTracking().Where(n => n.GroupId == group.Id).OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .ToListAsync(cancellationToken);
        var runIds = await db.Set<GroupActivity>().AsNoTracking().Where(a => a.GroupId == group.Id).Select(a => a.ActivityId).ToListAsync(cancellationToken);
        var run = await activities.SummariesAsync(runIds, 200, cancellationToken);
        var personTimes = await activities.PersonTimesAsync(runIds, cancellationToken);
        var leader = group.LeaderUserId is null ? null
            : await db.Users.Where(u => u.Id == group.LeaderUserId).Select(u => new { u.UserName, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);

        // The summary's counts come from the roster just read, not from a second query.
        var active = members.Where(x => x.m.Active).ToList();
        var core = active.Count(x => x.m.Role != MemberRole.Member);
        var summary = Summary(group, leader?.DisplayName, active.Count, core);
        return new GroupDetail(summary, group.Purpose, group.FoundedOn, leader?.UserName, MayManage: true, MaySupervise: GroupsPolicies.IsStaff(user),
            [.. members.OrderBy(x => x.m.LeftOn.HasValue).ThenBy(x => x.m.Role).ThenBy(x => x.m.JoinedOn).Select(x => new MemberView(x.m.ResidentId, x.Name, x.m.Role, x.m.JoinedOn, x.m.LeftOn))],
            [.. documents.Select(x => new DocumentView(x.d.Id, x.d.Kind, x.d.Title, x.d.FileName, x.ContentType, x.Length, ChinaTime.ToOffset(x.d.UploadedAt)))],
            [.. trainings.Select(TrainingView.Of)],
            [.. notes.Select(NoteView.Of)],
            run,
            new GroupFigures(active.Count, core, runIds.Count, personTimes, trainings.Count, trainings.Sum(t => t.Hours)));
    }

    /// <summary>Adds a resident of the group's community to the roster, or brings back one who left.</summary>
    public async Task<MemberView> AddMemberAsync(int groupId, MemberRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        var role = request.Role ?? MemberRole.Member;
        if (!Enum.IsDefined(role)) throw new FieldValidationException("role", "Validation.Invalid");
        var resident = request.ResidentId is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (resident is not { Living: true } || resident.CommunityId != group.CommunityId) throw new FieldValidationException("residentId", "Groups.ResidentNotHere");
        var existing = await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.GroupId == group.Id && m.ResidentId == resident.Id, cancellationToken);
        if (existing is { Active: true }) throw new ConflictException("Groups.AlreadyMember", new Dictionary<string, object?> { ["name"] = resident.Name });
        if (existing is not null) existing.Rejoin(role, Today);
        else db.Set<GroupMember>().Add(new GroupMember(group, resident.Id, role, Today));
        await SaveAsync("Groups.AlreadyMember", null, cancellationToken, resident.Name);
        await audit.RecordAsync("group.member-added", "Group", group.Id.ToString(), $"resident={resident.Id} {role}", cancellationToken);
        return new MemberView(resident.Id, resident.Name, role, Today, null);
    }

    public async Task SetRoleAsync(int groupId, int residentId, MemberRole? role, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await ActiveMemberAsync(groupId, residentId, user, cancellationToken);
        if (role is not { } to || !Enum.IsDefined(to)) throw new FieldValidationException("role", "Validation.Invalid");
        member.Become(to);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("group.member-role", "Group", groupId.ToString(), $"resident={residentId} {to}", cancellationToken);
    }

    public async Task RemoveMemberAsync(int groupId, int residentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var member = await ActiveMemberAsync(groupId, residentId, user, cancellationToken);
        member.Leave(Today);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("group.member-left", "Group", groupId.ToString(), $"resident={residentId}", cancellationToken);
    }

    public async Task<DocumentView> AddDocumentAsync(int groupId, DocumentKind? kind, string? title, Stream content, string? fileName, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (kind is not { } k || !Enum.IsDefined(k)) errors["kind"] = new("Validation.Invalid");
        var name = errors.Text(title, "title", 100);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var file = await files.AddDocumentAsync(content, "file", user.Identity?.Name ?? "", cancellationToken);
        var document = new GroupDocument(group, kind!.Value, name, file.Id, Path.GetFileName(fileName ?? "").Trim() is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : name,
            user.Identity?.Name ?? "", Now);
        db.Set<GroupDocument>().Add(document);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("group.document-added", "Group", group.Id.ToString(), $"document={document.Id} {document.Kind}", cancellationToken);
        return new DocumentView(document.Id, document.Kind, document.Title, document.FileName, file.ContentType, file.Length, ChinaTime.ToOffset(document.UploadedAt));
    }

    /// <summary>A paper and its bytes, for whoever keeps the group.</summary>
    public async Task<(GroupDocument Document, StoredFile File)> DocumentAsync(int groupId, int documentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        var document = await db.Set<GroupDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.GroupId == group.Id, cancellationToken)
            ?? throw new NotFoundException();
        return (document, await files.FindAsync(document.FileId, cancellationToken) ?? throw new NotFoundException());
    }

    public async Task<TrainingView> AddTrainingAsync(int groupId, TrainingRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(request.Title, "title", 100);
        var provider = errors.Text(request.Provider, "provider", 100);
        if (request.Date is not { } date) errors["date"] = new("Validation.Required");
        else if (date > Today) errors["date"] = new("Groups.DateInFuture");
        if (request.Hours is not { } hours || hours <= 0 || hours > 100) errors["hours"] = new("Groups.HoursInvalid");
        if (request.Attendees is < 0) errors["attendees"] = new("Validation.Invalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var training = new GroupTraining(group, title, request.Date!.Value, provider, request.Hours!.Value, request.Attendees ?? 0, user.Identity?.Name ?? "");
        db.Set<GroupTraining>().Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return TrainingView.Of(training);
    }

    /// <summary>Supervision notes come from staff and social workers, not from the group itself.</summary>
    public async Task<NoteView> AddNoteAsync(int groupId, NoteRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await StaffGroupAsync(groupId, user, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var text = errors.Text(request.Note, "note", 2000);
        if (request.Date > Today) errors["date"] = new("Groups.DateInFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var note = new SupervisionNote(group, request.Date ?? Today, text, user.Identity?.Name ?? "");
        db.Set<SupervisionNote>().Add(note);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("group.supervised", "Group", group.Id.ToString(), $"note={note.Id}", cancellationToken);
        return NoteView.Of(note);
    }

    /// <summary>
    /// An activity the group runs, in the group's community. Created, then linked: the activity's own transaction
    /// books its room, and a fresh activity's link has nothing to conflict with.
    /// </summary>
    public async Task<ActivitySummary> CreateActivityAsync(int groupId, NewActivity input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        var activity = await activities.CreateAsync(input with { CommunityId = group.CommunityId }, cancellationToken);
        db.Set<GroupActivity>().Add(new GroupActivity(group, activity.Id));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("group.activity", "Group", group.Id.ToString(), $"activity={activity.Id}", cancellationToken);
        return activity;
    }

    /// <summary>Staff link an activity they created to the group that runs it.</summary>
    public async Task LinkActivityAsync(int groupId, int activityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await StaffGroupAsync(groupId, user, cancellationToken);
        if (!await activities.IsInCommunityAsync(activityId, group.CommunityId, cancellationToken))
            throw new FieldValidationException("activityId", "Groups.ActivityNotHere");
        db.Set<GroupActivity>().Add(new GroupActivity(group, activityId));
        await SaveAsync("Groups.ActivityTaken", "activityId", cancellationToken);
    }

    /// <summary>The group if the caller keeps it (<see cref="GroupsPolicies.Keep"/>). Anyone else gets 404, as for records outside their scope.</summary>
    private async Task<ResidentGroup> GroupAsync(int groupId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await db.Set<ResidentGroup>().FirstOrDefaultAsync(g => g.Id == groupId, cancellationToken) ?? throw new NotFoundException();
        return (await authorization.AuthorizeAsync(user, group, GroupsPolicies.Keep)).Succeeded ? group : throw new NotFoundException();
    }

    /// <summary>What only staff change (<see cref="GroupsPolicies.Steer"/>): the stage, the leader, supervision. A leader is told no (403), not "not found": they can see the group.</summary>
    private async Task<ResidentGroup> StaffGroupAsync(int groupId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        return (await authorization.AuthorizeAsync(user, group, GroupsPolicies.Steer)).Succeeded ? group : throw new ForbiddenException();
    }

    private async Task<GroupMember> ActiveMemberAsync(int groupId, int residentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var group = await GroupAsync(groupId, user, cancellationToken);
        return await db.Set<GroupMember>().FirstOrDefaultAsync(m => m.GroupId == group.Id && m.ResidentId == residentId && m.LeftOn == null, cancellationToken)
            ?? throw new NotFoundException();
    }

    /// <summary>A console account holding the GroupLeader role and assigned inside the community; none when no name is given.</summary>
    private async Task<string?> LeaderAsync(int communityId, string? userName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(userName)) return null;
        var name = userName.Trim();
        var leader = await staff.FindAsync(communityId, name, [Roles.GroupLeader], cancellationToken);
        return leader?.Id ?? throw new FieldValidationException("leaderUserName", "Groups.LeaderUnknown", name);
    }

    private async Task<IReadOnlyList<GroupSummary>> SummariesAsync(IReadOnlyList<ResidentGroup> groups, CancellationToken cancellationToken)
    {
        var ids = groups.Select(g => g.Id).ToList();
        var counts = await db.Set<GroupMember>().AsNoTracking().Where(m => ids.Contains(m.GroupId) && m.LeftOn == null)
            .GroupBy(m => m.GroupId).Select(g => new { g.Key, All = g.Count(), Core = g.Count(m => m.Role != MemberRole.Member) }).ToDictionaryAsync(x => x.Key, cancellationToken);
        var leaderIds = groups.Select(g => g.LeaderUserId).OfType<string>().Distinct().ToList();
        var leaders = await db.Users.Where(u => leaderIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. groups.Select(g => Summary(g, g.LeaderUserId is { } l ? leaders.GetValueOrDefault(l) : null,
            counts.GetValueOrDefault(g.Id)?.All ?? 0, counts.GetValueOrDefault(g.Id)?.Core ?? 0))];
    }

    /// <summary>Core members are the leader and the core (<c>Role != Member</c>), counted among those who have not left.</summary>
    private static GroupSummary Summary(ResidentGroup g, string? leaderName, int members, int core) =>
        new(g.Id, g.CommunityId, g.Name, g.Kind, g.Stage, leaderName, members, core);

    private async Task SaveAsync(string conflictKey, string? field, CancellationToken cancellationToken, params object[] arguments)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (field is null) throw new ConflictException(conflictKey, arguments.Select((a, i) => (a, i)).ToDictionary(x => $"arg{x.i}", x => (object?)x.a));
            throw new FieldValidationException(field, conflictKey, arguments);
        }
    }
}
