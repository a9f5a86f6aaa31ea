using System.Security.Claims;
using Linli.Web.Modules.Care.Requests;
using Linli.Web.Modules.Deliberation;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Patrols;

/// <summary>
/// Patrol rotas and their logs. A logged walk writes each walker's service record (Order 67) in the same
/// transaction, and sends what it found on to a 365 request or an action item; all of it or none.
/// </summary>
public sealed class PatrolsService(LinliDb db, ResidentPlacement placement, ResidentDirectory residents, VolunteersService volunteers, RequestsService requests,
    ResolutionsService resolutions, IAuthorizationService authorization, AuditLog audit, TimeProvider clock)
{
    public const int MaxIssues = 20;
    private const string PatrolContent = "社区巡逻";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> CreateAsync(PatrolRotaRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(request.Name, "name", PatrolRota.MaxName);
        var route = errors.Text(request.Route, "route", PatrolRota.MaxRoute);
        var schedule = errors.Text(request.Schedule, "schedule", PatrolRota.MaxSchedule);
        if (!ValidHours(request.Hours)) errors["hours"] = new("Volunteer.HoursInvalid");
        if (request.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var communityId = request.CommunityId!.Value;
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var team = await VolunteersOfAsync(communityId, request.VolunteerIds, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rota = new PatrolRota(communityId, name, route, schedule, request.Hours!.Value, user.Identity?.Name ?? "", Now);
        db.Add(rota);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(team.Select(v => new PatrolMember(rota, v.Id)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("patrol.rota-created", "PatrolRota", rota.Id.ToString(), $"{rota.Name} team={team.Count}", cancellationToken);
        return rota.Id;
    }

    public async Task<IReadOnlyList<PatrolRotaLine>> ListAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rotas = await db.Set<PatrolRota>().AsNoTracking().Where(r => r.CommunityId == communityId).OrderBy(r => r.EndedOn != null).ThenBy(r => r.Name)
            .Take(200).ToListAsync(cancellationToken);
        var ids = rotas.Select(r => r.Id).ToList();
        var teams = await db.Set<PatrolMember>().Where(m => ids.Contains(m.RotaId)).GroupBy(m => m.RotaId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var walks = await db.Set<PatrolLog>().Where(l => ids.Contains(l.RotaId)).GroupBy(l => l.RotaId).Select(g => new { g.Key, Count = g.Count(), Last = g.Max(l => l.Date) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return [.. rotas.Select(r => (r, Walked: walks.GetValueOrDefault(r.Id)))
            .Select(x => new PatrolRotaLine(x.r.Id, x.r.Name, x.r.Route, x.r.Schedule, x.r.Hours, teams.GetValueOrDefault(x.r.Id), x.Walked?.Count ?? 0, x.Walked?.Last,
                x.r.EndedOn))];
    }

    public async Task<PatrolRotaView> ViewAsync(int id, CancellationToken cancellationToken)
    {
        var rota = await FindAsync(id, cancellationToken);
        var team = await db.Set<PatrolMember>().Where(m => m.RotaId == id).Select(m => m.VolunteerId).ToListAsync(cancellationToken);
        var logs = await db.Set<PatrolLog>().AsNoTracking().Where(l => l.RotaId == id).OrderByDescending(l => l.Date).Take(100).ToListAsync(cancellationToken);
        var logIds = logs.Select(l => l.Id).ToList();
        var walkers = (await db.Set<PatrolWalker>().Where(w => logIds.Contains(w.LogId)).Select(w => new { w.LogId, w.VolunteerId }).ToListAsync(cancellationToken))
            .ToLookup(w => w.LogId, w => w.VolunteerId);
        var issues = (await db.Set<PatrolIssue>().AsNoTracking().Where(i => logIds.Contains(i.LogId)).OrderBy(i => i.Id).ToListAsync(cancellationToken)).ToLookup(i => i.LogId);
        var people = await PeopleAsync([.. team, .. walkers.SelectMany(w => w)], cancellationToken);
        // Every walk's hours for every walker: what the service records of this rota add up to.
        var walked = await db.Set<PatrolLog>().Where(l => l.RotaId == id)
            .Select(l => new { l.Hours, Walkers = db.Set<PatrolWalker>().Count(w => w.LogId == l.Id) }).ToListAsync(cancellationToken);
        return new PatrolRotaView(rota.Id, rota.CommunityId, rota.Name, rota.Route, rota.Schedule, rota.Hours, rota.EndedOn, [.. team.Select(v => people[v])],
            walked.Count, walked.Sum(w => w.Hours * w.Walkers),
            [.. logs.Select(l => new PatrolLogView(l.Id, l.Date, l.Route, l.Hours, l.Notes, [.. walkers[l.Id].Select(v => people[v])], [.. issues[l.Id].Select(View)], l.RecordedBy))]);
    }

    /// <summary>
    /// Records a walk: 422 for a day in the future or after the rota was stood down, walkers who are not the
    /// community's volunteers, an issue without its follow-up's fields; 409 for a second log of the day.
    /// </summary>
    public async Task<PatrolLogged> LogAsync(int id, PatrolLogRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var rota = await FindAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var today = ChinaTime.Today(clock);
        if (request.On is not { } on) errors["on"] = new("Validation.Required");
        else if (on > today) errors["on"] = new("Volunteer.DateInFuture");
        else if (rota.EndedOn is { } ended && on > ended) errors["on"] = new("Volunteer.PatrolEnded");
        var hours = request.Hours ?? rota.Hours;
        if (!ValidHours(hours)) errors["hours"] = new("Volunteer.HoursInvalid");
        var route = request.Route is null ? rota.Route : errors.Text(request.Route, "route", PatrolRota.MaxRoute);
        var notes = errors.Text(request.Notes, "notes", PatrolLog.MaxNotes, required: false);
        var issues = request.Issues ?? [];
        if (issues.Count > MaxIssues) errors["issues"] = new("Volunteer.TooManyIssues", MaxIssues);
        else await CheckIssuesAsync(issues, user, errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var walkers = await VolunteersOfAsync(rota.CommunityId, request.VolunteerIds, cancellationToken);
        var date = request.On!.Value;
        if (await db.Set<PatrolLog>().AnyAsync(l => l.RotaId == id && l.Date == date, cancellationToken)) throw new ConflictException("Volunteer.PatrolLogged");

        var by = user.Identity?.Name ?? "";
        var unit = await volunteers.RecordingUnitAsync(rota.CommunityId, cancellationToken);
        var inCharge = await volunteers.PersonInChargeAsync(user, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var log = new PatrolLog(rota, date, route, hours, notes, by, Now);
        db.Add(log);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("Volunteer.PatrolLogged");
        }
        var content = issues.Count == 0 ? PatrolContent : $"{PatrolContent}，发现问题{issues.Count}处";
        var records = walkers.Select(v => new ServiceRecord(v, rota.Name, date, route, content, hours, unit, inCharge, today, by, Now)).ToList();
        db.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(records.Select(r => new PatrolWalker(log, r)));
        var found = new List<PatrolIssue>();
        for (var i = 0; i < issues.Count; i++)
            found.Add(new PatrolIssue(log, issues[i].Text!.Trim(), issues[i].Place?.Trim() ?? "", issues[i].FollowUp ?? PatrolFollowUp.None,
                await FollowUpAsync(rota, issues[i], $"issues[{i}]", cancellationToken)));
        db.AddRange(found);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("patrol.logged", "PatrolRota", rota.Id.ToString(), $"log={log.Id} {date:yyyy-MM-dd} walkers={records.Count} {hours}h issues={found.Count}",
            cancellationToken);
        return new PatrolLogged(log.Id, [.. records.Select(r => r.Id)], [.. found.Select(View)]);
    }

    /// <summary>Stands the rota down from today; its walks stay on record. Once (409 after).</summary>
    public async Task EndAsync(int id, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        var today = ChinaTime.Today(clock);
        if (await db.Set<PatrolRota>().Where(r => r.Id == id && r.EndedOn == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.EndedOn, today), cancellationToken) == 0)
            throw new ConflictException("Volunteer.PatrolEnded");
        await audit.RecordAsync("patrol.rota-ended", "PatrolRota", id.ToString(), $"{today:yyyy-MM-dd}", cancellationToken);
    }

    /// <summary>Rotas not stood down, set up more than <paramref name="days"/> ago, without a walk logged in the last <paramref name="days"/> days.</summary>
    public async Task<int> QuietAsync(int communityId, int days, CancellationToken cancellationToken)
    {
        var since = ChinaTime.Today(clock).AddDays(-days);
        var setUpBefore = Now.AddDays(-days);
        return await db.Set<PatrolRota>().CountAsync(r => r.CommunityId == communityId && r.EndedOn == null && r.CreatedAt < setUpBefore
            && !db.Set<PatrolLog>().Any(l => l.RotaId == r.Id && l.Date > since), cancellationToken);
    }

    private async Task CheckIssuesAsync(IReadOnlyList<PatrolIssueRequest> issues, ClaimsPrincipal user, Dictionary<string, FieldError> errors)
    {
        var mayAct = await authorization.AllowsAsync(user, DeliberationPolicies.Run);
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            var field = $"issues[{i}]";
            errors.Text(issue.Text, $"{field}.text", PatrolIssue.MaxText);
            errors.Text(issue.Place, $"{field}.place", PatrolIssue.MaxPlace, required: false);
            if (issue.FollowUp is { } f && !Enum.IsDefined(f)) errors[$"{field}.followUp"] = new("Validation.Invalid");
            if (issue.FollowUp != PatrolFollowUp.ActionItem) continue;
            if (!mayAct) errors[$"{field}.followUp"] = new("Volunteer.ActionNotAllowed");
            if (issue.ResolutionId is null) errors[$"{field}.resolutionId"] = new("Validation.Required");
        }
    }

    /// <summary>
    /// Hands the issue on through the owning module's public service, whose own checks (the deadline, who is
    /// responsible, the building) answer under the issue's field names; a refusal rolls the whole walk back.
    /// </summary>
    private async Task<int?> FollowUpAsync(PatrolRota rota, PatrolIssueRequest issue, string field, CancellationToken cancellationToken)
    {
        var what = issue.Place is { Length: > 0 } place ? $"{rota.Name}，{place.Trim()}" : rota.Name;
        var text = $"巡逻发现（{what}）：{issue.Text!.Trim()}";
        try
        {
            return issue.FollowUp switch
            {
                PatrolFollowUp.Request => (await requests.FileForAsync(new NewStaffRequest(rota.CommunityId, issue.Category ?? RequestCategory.Environment,
                    RequestChannel.Volunteer, text, RegionId: issue.RegionId), cancellationToken)).Id,
                PatrolFollowUp.ActionItem => await resolutions.AddActionForAsync(issue.ResolutionId!.Value, rota.CommunityId,
                    new NewAction(issue.Text!.Trim(), issue.Responsible, issue.DueOn, Spec: text), cancellationToken),
                _ => null,
            };
        }
        catch (FieldValidationException e)
        {
            throw new FieldValidationException(e.Errors.ToDictionary(x => $"{field}.{x.Key}", x => x.Value));
        }
    }

    private async Task<PatrolRota> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<PatrolRota>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>The community's volunteers named, each once; 422 on <c>volunteerIds</c> when none is named or one is not the community's.</summary>
    private async Task<List<Volunteer>> VolunteersOfAsync(int communityId, IReadOnlyList<int>? volunteerIds, CancellationToken cancellationToken)
    {
        var ids = (volunteerIds ?? []).Distinct().ToList();
        if (ids.Count == 0) throw new FieldValidationException("volunteerIds", "Validation.Required");
        var volunteers = await db.Set<Volunteer>().AsNoTracking().Where(v => ids.Contains(v.Id) && v.CommunityId == communityId).ToListAsync(cancellationToken);
        if (volunteers.Count != ids.Count) throw new FieldValidationException("volunteerIds", "Volunteer.NotOfCommunity");
        return volunteers;
    }

    private async Task<Dictionary<int, PatrolPerson>> PeopleAsync(IReadOnlyCollection<int> volunteerIds, CancellationToken cancellationToken)
    {
        var ids = volunteerIds.Distinct().ToList();
        var people = await db.Set<Volunteer>().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.Number, v.ResidentId }).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(people.Select(p => p.ResidentId), cancellationToken);
        return people.ToDictionary(p => p.Id, p => new PatrolPerson(p.Id, p.Number, names.GetValueOrDefault(p.ResidentId) ?? ""));
    }

    private static bool ValidHours(decimal? hours) => hours is > 0 and <= 24 && decimal.Round(hours.Value, 2) == hours;

    private static PatrolIssueView View(PatrolIssue i) => new(i.Id, i.Text, i.Place, i.FollowUp, i.FollowUpId);
}
