using System.Security.Claims;
using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Tasks;

/// <summary>
/// Helpers' tasks at an activity, given to the community's volunteers by what each task asks and what each volunteer
/// should not be asked (<see cref="BodyDemands.Conflicts"/>). A volunteer given a task is signed up to help if they were
/// not, so the check-in and the hours that follow it work as for any helper.
/// </summary>
public sealed class HelperTasksService(LinliDb db, ActivityDirectory activities, ResidentDirectory residents, VolunteerAbilities abilities, AccessRecorder access,
    AuditLog audit, Platform.Localization.Texts texts, TimeProvider clock)
{
    public const int MaxTasks = 30;
    private const int MaxCandidates = 2000;

    public async Task<TaskBoard> BoardAsync(int activityId, CancellationToken cancellationToken)
    {
        var activity = await FindActivityAsync(activityId, cancellationToken);
        var tasks = await db.Set<HelperTask>().AsNoTracking().Where(t => t.ActivityId == activityId).OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var assignments = await db.Set<HelperAssignment>().AsNoTracking().Where(a => a.ActivityId == activityId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var helpers = (await activities.HelpersAtAsync(activityId, cancellationToken)).ToHashSet();
        var volunteers = await db.Set<Volunteer>().AsNoTracking().Where(v => v.CommunityId == activity.CommunityId).OrderBy(v => v.Number).Take(MaxCandidates)
            .Select(v => new { v.Id, v.Number, v.ResidentId }).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(volunteers.Select(v => v.ResidentId), cancellationToken);
        var limits = await abilities.LimitsInAsync(activity.CommunityId, cancellationToken);
        // The fits below are read from the volunteers' ability notes: a sensitive read, recorded once per look at the board.
        if (limits.Count > 0) await access.RecordAsync("privacy.sensitive-read", "Activity", activityId.ToString(), "volunteer abilities", "任务分配", cancellationToken);

        var people = volunteers.Where(v => names.ContainsKey(v.ResidentId)).ToDictionary(v => v.Id, v => (v.Number, v.ResidentId, Name: names[v.ResidentId]));
        var taskOf = assignments.ToDictionary(a => a.VolunteerId, a => a.TaskId);
        var byTask = assignments.ToLookup(a => a.TaskId);
        var views = tasks.Select(t => new TaskView(t.Id, t.Name, t.People, BodyDemands.Split(t.Demands),
            [.. byTask[t.Id].Where(a => people.ContainsKey(a.VolunteerId)).Select(a => Assigned(a, people[a.VolunteerId], helpers))])).ToList();
        var candidates = people
            .Select(p => new TaskCandidate(p.Key, p.Value.Number, p.Value.Name, helpers.Contains(p.Value.ResidentId), taskOf.TryGetValue(p.Key, out var t) ? t : null,
                [.. tasks.Where(task => BodyDemands.Conflicts(task.Demands, limits.GetValueOrDefault(p.Key)) == BodyDemand.None).Select(task => task.Id)]))
            .OrderByDescending(c => c.Helper).ThenBy(c => c.TaskId is null).ThenBy(c => c.VolunteerNumber).ToList();
        var named = tasks.Select(t => t.Name).ToHashSet();
        var planRoles = (await activities.PlanRolesAsync(activityId, cancellationToken)).Select(r => r.Role).Where(r => !named.Contains(r)).Distinct().ToList();
        return new TaskBoard(activity.Id, activity.CommunityId, activity.Title, activity.StartsAt, views, candidates, planRoles);
    }

    public async Task<int> AddAsync(HelperTaskRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(request.Name, "name", HelperTask.MaxName);
        if (request.People is not (> 0 and <= HelperTask.MaxPeople)) errors["people"] = new("Volunteer.TaskPeopleInvalid", HelperTask.MaxPeople);
        var demands = request.Demands is null ? BodyDemands.Presets.GetValueOrDefault(name) : VolunteerAbilities.Demands(request.Demands, "demands", errors);
        if (request.ActivityId is null) errors["activityId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var activity = await FindActivityAsync(request.ActivityId!.Value, cancellationToken);
        if (await db.Set<HelperTask>().CountAsync(t => t.ActivityId == activity.Id, cancellationToken) >= MaxTasks)
            throw new FieldValidationException("name", "Volunteer.TooManyTasks", MaxTasks);

        var task = new HelperTask(activity.Id, activity.CommunityId, name, request.People!.Value, demands, user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(task);
        await db.SaveOrConflictAsync("Volunteer.TaskExists", cancellationToken);
        await audit.RecordAsync("volunteer.task-added", "Activity", activity.Id.ToString(), $"{task.Name} ×{task.People}", cancellationToken);
        return task.Id;
    }

    /// <summary>
    /// Gives the task to a volunteer of the activity's community. 422 on <c>volunteerId</c> when the task asks what they
    /// should not be asked and no <c>reason</c> is given (the message names what the task asks); 409 when the task has
    /// its people, or the volunteer already has a task at the activity.
    /// </summary>
    public async Task<TaskAssigned> AssignAsync(int taskId, AssignRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = await FindTaskAsync(taskId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var reason = FieldChecks.OrNull(errors.Text(request.Reason, "reason", HelperAssignment.MaxReason, required: false));
        if (request.VolunteerId is null) errors["volunteerId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VolunteerId && v.CommunityId == task.CommunityId, cancellationToken)
            ?? throw new FieldValidationException("volunteerId", "Volunteer.NotOfCommunity");
        var conflicts = BodyDemands.Conflicts(task.Demands, await abilities.LimitsOfAsync(volunteer.Id, cancellationToken));
        if (conflicts != BodyDemand.None && reason is null)
            throw new FieldValidationException("volunteerId", "Volunteer.TaskDoesNotFit", string.Join("、", BodyDemands.Split(conflicts).Select(d => texts[$"BodyDemand.{d}"])));
        if (await db.Set<HelperAssignment>().AnyAsync(a => a.ActivityId == task.ActivityId && a.VolunteerId == volunteer.Id, cancellationToken))
            throw new ConflictException("Volunteer.HasTask");
        if (await db.Set<HelperAssignment>().CountAsync(a => a.TaskId == task.Id, cancellationToken) >= task.People) throw new ConflictException("Volunteer.TaskFull");

        var signedUp = await activities.SignUpHelperAsync(task.ActivityId, volunteer.ResidentId, user, cancellationToken);
        var fits = conflicts == BodyDemand.None;
        var assignment = new HelperAssignment(task, volunteer.Id, fits, fits ? null : reason, user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(assignment);
        await db.SaveOrConflictAsync("Volunteer.HasTask", cancellationToken);
        await audit.RecordAsync("volunteer.task-assigned", "Volunteer", volunteer.Id.ToString(), fits ? task.Name : $"{task.Name}（{reason}）", cancellationToken);
        return new TaskAssigned(task.Id, volunteer.Id, fits, assignment.Reason, signedUp);
    }

    /// <summary>Takes the task back from the volunteer; their sign-up to help stays (the activity's own page cancels it).</summary>
    public async Task UnassignAsync(int taskId, int volunteerId, CancellationToken cancellationToken)
    {
        var task = await FindTaskAsync(taskId, cancellationToken);
        var removed = await db.Set<HelperAssignment>().Where(a => a.TaskId == task.Id && a.VolunteerId == volunteerId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0) throw new NotFoundException();
        await audit.RecordAsync("volunteer.task-unassigned", "Volunteer", volunteerId.ToString(), task.Name, cancellationToken);
    }

    /// <summary>Removes a task and who had it.</summary>
    public async Task RemoveAsync(int taskId, CancellationToken cancellationToken)
    {
        var task = await FindTaskAsync(taskId, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Set<HelperAssignment>().Where(a => a.TaskId == task.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<HelperTask>().Where(t => t.Id == task.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("volunteer.task-removed", "Activity", task.ActivityId.ToString(), task.Name, cancellationToken);
    }

    /// <summary>Tasks still short of people at the community's activities starting within the days: the workbench's to-do.</summary>
    public async Task<int> ShortAsync(int communityId, int days, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = await activities.StartingWithinAsync(communityId, now, now.AddDays(days), cancellationToken);
        return await db.Set<HelperTask>().CountAsync(t => soon.Contains(t.ActivityId) && db.Set<HelperAssignment>().Count(a => a.TaskId == t.Id) < t.People, cancellationToken);
    }

    private static AssignmentView Assigned(HelperAssignment a, (string Number, int ResidentId, string Name) person, HashSet<int> helpers) =>
        new(a.TaskId, a.VolunteerId, person.Number, person.Name, a.Fits, a.Reason, helpers.Contains(person.ResidentId));

    private async Task<ActivityFacts> FindActivityAsync(int activityId, CancellationToken cancellationToken) =>
        await activities.FindAsync(activityId, cancellationToken) ?? throw new NotFoundException();

    private async Task<HelperTask> FindTaskAsync(int taskId, CancellationToken cancellationToken) =>
        await db.Set<HelperTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken) ?? throw new NotFoundException();
}
