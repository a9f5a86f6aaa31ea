using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>
/// Casework: a case opened by a social worker for a resident of their community, under a supervisor; intake,
/// assessment, plan, sessions, reviews, crises, and the closing the supervisor signs off. Every operation on one case
/// asks <see cref="CaseAuthorizationHandler"/>; every read of the file is an access record the file itself shows.
/// </summary>
public sealed class CasesService(LinliDb db, ResidentDirectory residents, StaffDirectory staff, IAuthorizationService authorization, AccessRecorder access,
    AuditLog audit, IOptions<CareOptions> options, TimeProvider clock)
{
    public const string SubjectType = "CareCase";
    public const int ReadsShown = 50;
    public const int ListShown = 500;

    private CareOptions Settings => options.Value;
    private DateOnly Today => ChinaTime.Today(clock);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> OpenAsync(NewCase input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Source is not { } source || !Enum.IsDefined(source)) errors["source"] = new("Validation.Required");
        if (input.Basis is not { } basis || !Enum.IsDefined(basis)) errors["basis"] = new("Validation.Required");
        var problem = errors.Text(input.PresentingProblem, "presentingProblem", CareCase.MaxText);
        var openedOn = input.OpenedOn ?? Today;
        if (openedOn > Today) errors["openedOn"] = new("Care.DateFuture");
        var client = input.ResidentId is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (client is not { Living: true }) errors["residentId"] = new("Care.ResidentUnknown");
        var consentBy = input.Basis == LegalBasis.Consent ? input.ConsentBy ?? ConsentGiver.Resident : (ConsentGiver?)null;
        if (client is not null && consentBy is { } by && !CareRules.MayConsent(by, client.AgeOn(Today))) errors["consentBy"] = new("Care.GuardianConsent");
        StaffMember? supervisor = null;
        if (string.IsNullOrWhiteSpace(input.SupervisorId)) errors["supervisorId"] = new("Validation.Required");
        else if (client is not null)
        {
            supervisor = await staff.FindAsync(client.CommunityId, input.SupervisorId.Trim(), CarePolicies.CaseRoles, cancellationToken);
            if (supervisor is null) errors["supervisorId"] = new("Care.SupervisorUnknown");
            else if (supervisor.Id == user.UserId()) errors["supervisorId"] = new("Care.SupervisorIsWorker");
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var firstContactDue = input.Source == CaseSource.ReferralIn ? openedOn.AddDays(Settings.FirstContactDays) : (DateOnly?)null;
        var care = new CareCase(client!.CommunityId, client.Id, (input.Source!.Value, input.Basis!.Value, consentBy), openedOn, (user.UserId(), supervisor!.Id), problem,
            firstContactDue, Now);
        db.Add(care);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.case-opened", SubjectType, care.Id.ToString(), $"community={care.CommunityId} source={care.Source} basis={care.Basis}", cancellationToken);
        return care.Id;
    }

    /// <summary>
    /// The community's cases, open ones first. The caller's own (as worker, supervisor or reader) carry the client's
    /// name and what is due; the others say only that they exist and who holds them. Listing is not reading.
    /// </summary>
    public async Task<IReadOnlyList<CaseLine>> ListAsync(int? communityId, bool mineOnly, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var cases = db.Set<CareCase>().AsNoTracking().Where(c => communityId == null || c.CommunityId == communityId);
        if (mineOnly)
        {
            // A union of three index lookups (as worker, as supervisor, as reader) rather than one OR over every case.
            var mine = db.Set<CareCase>().Where(c => c.WorkerId == me).Select(c => c.Id)
                .Union(db.Set<CareCase>().Where(c => c.SupervisorId == me).Select(c => c.Id))
                .Union(db.Set<CaseReader>().Where(r => r.UserId == me && r.RevokedAt == null).Select(r => r.CaseId));
            cases = cases.Where(c => mine.Contains(c.Id));
        }
        // Open ones first, then closed ones, each newest first: two queries that read the (community, status, opened) index in order.
        var rows = await Lines(cases.Where(c => c.Status == CaseStatus.Open || c.Status == CaseStatus.ClosingRequested), me, ListShown).ToListAsync(cancellationToken);
        if (rows.Count < ListShown) rows.AddRange(await Lines(cases.Where(c => c.Status == CaseStatus.Closed), me, ListShown - rows.Count).ToListAsync(cancellationToken));
        var names = await staff.DisplayNamesAsync(rows.SelectMany(r => new[] { r.WorkerId, r.SupervisorId }), cancellationToken);
        var clients = await residents.NamesAsync(rows.Where(r => r.ReadBy(me)).Select(r => r.ResidentId), cancellationToken);
        var today = Today;
        return [.. rows.Select(r =>
        {
            var canRead = r.ReadBy(me);
            var due = canRead && r.Status != CaseStatus.Closed && (r.FirstContactOn == null && r.FirstContactDue <= today || r.ReviewOn <= today);
            return new CaseLine(r.Id, r.Status, r.OpenedOn, names.GetValueOrDefault(r.WorkerId, ""), names.GetValueOrDefault(r.SupervisorId, ""), canRead,
                canRead ? clients.GetValueOrDefault(r.ResidentId, "") : null, canRead ? r.FirstContactDue : null, canRead ? r.ReviewOn : null, due);
        })];
    }

    private IQueryable<CaseRow> Lines(IQueryable<CareCase> cases, string me, int take) =>
        cases.OrderByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Take(take)
            .Select(c => new CaseRow(c.Id, c.Status, c.OpenedOn, c.WorkerId, c.SupervisorId, c.ResidentId, c.FirstContactDue, c.FirstContactOn, c.ReviewOn,
                db.Set<CaseReader>().Any(r => r.CaseId == c.Id && r.UserId == me && r.RevokedAt == null)));

    private sealed record CaseRow(int Id, CaseStatus Status, DateOnly OpenedOn, string WorkerId, string SupervisorId, int ResidentId, DateOnly? FirstContactDue,
        DateOnly? FirstContactOn, DateOnly? ReviewOn, bool Reader)
    {
        public bool ReadBy(string userId) => WorkerId == userId || SupervisorId == userId || Reader;
    }

    /// <summary>What waits for the caller in a community: first contacts and reviews due on their cases, closings and reviews waiting for them as supervisor, referrals to chase.</summary>
    public async Task<CaseDues> DuesAsync(int communityId, string userId, CancellationToken cancellationToken)
    {
        var today = Today;
        var cases = db.Set<CareCase>().AsNoTracking().Where(c => c.CommunityId == communityId && c.Status != CaseStatus.Closed);
        var contacts = await cases.CountAsync(c => c.WorkerId == userId && c.FirstContactOn == null && c.FirstContactDue <= today, cancellationToken);
        var reviews = await cases.CountAsync(c => c.SupervisorId == userId && c.Status == CaseStatus.Open && c.ReviewOn <= today, cancellationToken);
        var closings = await cases.CountAsync(c => c.SupervisorId == userId && c.Status == CaseStatus.ClosingRequested, cancellationToken);
        var chases = await db.Set<Referral>().AsNoTracking()
            .CountAsync(r => r.CommunityId == communityId && r.ChaseOn <= today && cases.Any(c => c.Id == r.CaseId && c.WorkerId == userId), cancellationToken);
        return new CaseDues(contacts, reviews, closings, chases);
    }

    /// <summary>How many of the community's cases a worker holds (open, and closed so far) and supervises (not yet closed): counts only, no client.</summary>
    public async Task<CaseLoad> LoadOfAsync(int communityId, string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<CareCase>().AsNoTracking().Where(c => c.CommunityId == communityId && (c.WorkerId == userId || c.SupervisorId == userId))
            .GroupBy(c => new { Holds = c.WorkerId == userId, Closed = c.Status == CaseStatus.Closed }).Select(g => new { g.Key.Holds, g.Key.Closed, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new CaseLoad(rows.Where(r => r.Holds && !r.Closed).Sum(r => r.Count), rows.Where(r => r.Holds && r.Closed).Sum(r => r.Count),
            rows.Where(r => !r.Holds && !r.Closed).Sum(r => r.Count));
    }

    /// <summary>The file. The read is an access record (who, as what) that the file's own page lists.</summary>
    public async Task<CaseDetail> ReadAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (care, holders) = await AuthorizeAsync(id, CarePolicies.ReadCase, user, cancellationToken);
        await access.RecordAsync("privacy.sensitive-read", SubjectType, id.ToString(), "case", Relation(holders, user.UserId()), cancellationToken);
        var entries = await db.Set<CaseEntry>().AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.On).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var referrals = await db.Set<Referral>().AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var names = await staff.DisplayNamesAsync([care.WorkerId, care.SupervisorId, .. holders.ReaderIds, .. entries.Select(e => e.ById)], cancellationToken);
        var client = await residents.FindAsync(care.ResidentId, cancellationToken);
        var reads = await access.OfSubjectAsync(SubjectType, id.ToString(), ReadsShown, cancellationToken);
        var me = user.UserId();
        return new CaseDetail(care.Id, care.CommunityId, care.ResidentId, client?.Name ?? "", client?.AgeOn(Today) ?? 0, care.Source, care.Basis, care.ConsentBy, care.OpenedOn,
            care.Status, care.WorkerId, names.GetValueOrDefault(care.WorkerId, ""), care.SupervisorId, names.GetValueOrDefault(care.SupervisorId, ""), care.PresentingProblem,
            new CaseIntake(care.Family, care.Health, care.Disability, care.Income, care.Support, care.Risks), care.Needs, care.Strengths, care.RiskLevel, care.AssessedOn,
            care.Goals, care.Interventions, care.Frequency, care.ReviewOn, care.FirstContactDue, care.FirstContactOn, care.ClosingReason, care.ClosingSummary,
            care.ClientFeedback, care.ClosingRequestedOn, care.ClosedOn,
            [.. entries.Select(e => new CaseEntryView(e.Id, e.Kind, e.On, e.Mode, e.Content, e.Response, e.NextStep, names.GetValueOrDefault(e.ById, "")))],
            [.. referrals.Select(ReferralsService.View)], [.. holders.ReaderIds.Select(r => names.GetValueOrDefault(r, ""))],
            me == care.WorkerId && care.Status != CaseStatus.Closed, me == care.SupervisorId && care.Status != CaseStatus.Closed, reads);
    }

    public Task IntakeAsync(int id, CaseIntake input, ClaimsPrincipal user, CancellationToken cancellationToken) => WorkAsync(id, user, "care.case-intake", care =>
    {
        var errors = new Dictionary<string, FieldError>();
        var intake = new CaseIntake(Optional(errors, input.Family, "family"), Optional(errors, input.Health, "health"), Optional(errors, input.Disability, "disability"),
            Optional(errors, input.Income, "income"), Optional(errors, input.Support, "support"), Optional(errors, input.Risks, "risks"));
        if (errors.Count > 0) throw new FieldValidationException(errors);
        care.RecordIntake(intake);
    }, cancellationToken);

    public Task AssessAsync(int id, NewAssessment input, ClaimsPrincipal user, CancellationToken cancellationToken) => WorkAsync(id, user, "care.case-assessed", care =>
    {
        var errors = new Dictionary<string, FieldError>();
        var needs = Optional(errors, input.Needs, "needs");
        var strengths = Optional(errors, input.Strengths, "strengths");
        if (input.RiskLevel is not { } risk || !Enum.IsDefined(risk)) errors["riskLevel"] = new("Validation.Required");
        if (needs is null) errors.TryAdd("needs", new("Validation.Required"));
        if (errors.Count > 0) throw new FieldValidationException(errors);
        care.RecordAssessment(needs, strengths, input.RiskLevel!.Value, Today);
    }, cancellationToken);

    public Task PlanAsync(int id, NewPlan input, ClaimsPrincipal user, CancellationToken cancellationToken) => WorkAsync(id, user, "care.case-planned", care =>
    {
        var errors = new Dictionary<string, FieldError>();
        var goals = errors.Text(input.Goals, "goals", CareCase.MaxText);
        var interventions = Optional(errors, input.Interventions, "interventions");
        var frequency = errors.Text(input.Frequency, "frequency", CareCase.MaxShort, required: false);
        var reviewOn = input.ReviewOn ?? Today.AddDays(7 * Settings.ReviewWeeks);
        if (reviewOn < Today) errors["reviewOn"] = new("Care.DatePast");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        care.RecordPlan(goals, interventions, frequency.Length == 0 ? null : frequency, reviewOn);
    }, cancellationToken);

    /// <summary>A session with the client; the first one is the first contact a referral in waits for.</summary>
    public async Task<int> AddSessionAsync(int id, NewSession input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Mode is not { } mode || !Enum.IsDefined(mode)) errors["mode"] = new("Validation.Required");
        var content = errors.Text(input.Content, "content", CareCase.MaxText);
        var response = Optional(errors, input.Response, "response");
        var next = Optional(errors, input.NextStep, "nextStep");
        var (care, _) = await AuthorizeAsync(id, CarePolicies.WorkCase, user, cancellationToken);
        var on = Dated(errors, input.On, care, "on");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (care.Status != CaseStatus.Open) throw new ConflictException("Care.CaseNotOpen");
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        tracked.Contacted(on);
        var entry = new CaseEntry(care, CaseEntryKind.Session, on, input.Mode, (content, response, next), user.UserId(), Now);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.case-session", SubjectType, id.ToString(), $"entry={entry.Id} mode={entry.Mode}", cancellationToken);
        return entry.Id;
    }

    /// <summary>A crisis in the client's life (家庭发生巨大变故) and what the worker did; it becomes part of the history.</summary>
    public async Task<int> AddCrisisAsync(int id, NewCrisis input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var what = errors.Text(input.Event, "event", CareCase.MaxText);
        var response = Optional(errors, input.Response, "response");
        var (care, _) = await AuthorizeAsync(id, CarePolicies.WorkCase, user, cancellationToken);
        var on = Dated(errors, input.On, care, "on");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (care.Status != CaseStatus.Open) throw new ConflictException("Care.CaseNotOpen");
        return await AddEntryAsync(care, CaseEntryKind.Crisis, on, (what, response, null), user, cancellationToken);
    }

    /// <summary>The supervisor's review of the plan; the next review falls on the given day or one review period on.</summary>
    public async Task<int> ReviewAsync(int id, NewReview input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", CareCase.MaxText);
        var next = input.NextReviewOn ?? Today.AddDays(7 * Settings.ReviewWeeks);
        if (next <= Today) errors["nextReviewOn"] = new("Care.DatePast");
        var (care, _) = await AuthorizeAsync(id, CarePolicies.SuperviseCase, user, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (care.Status != CaseStatus.Open) throw new ConflictException("Care.CaseNotOpen");
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        tracked.Reviewed(next);
        return await AddEntryAsync(care, CaseEntryKind.Review, Today, (note, null, null), user, cancellationToken);
    }

    /// <summary>The worker asks to close: the reason, a summary and the client's feedback; the supervisor decides.</summary>
    public async Task<CaseState> RequestClosingAsync(int id, ClosingRequest input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var reason = errors.Text(input.Reason, "reason", CareCase.MaxShort);
        var summary = errors.Text(input.Summary, "summary", CareCase.MaxText);
        var feedback = Optional(errors, input.Feedback, "feedback");
        var (care, _) = await AuthorizeAsync(id, CarePolicies.WorkCase, user, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        if (tracked.Status != CaseStatus.Open) throw new ConflictException("Care.CaseNotOpen");
        tracked.RequestClosing(reason, summary, feedback, Today);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.case-closing-requested", SubjectType, id.ToString(), $"by={user.UserId()}", cancellationToken);
        return new CaseState(id, tracked.Status);
    }

    /// <summary>The supervisor's sign-off: the case closes. The worker cannot sign off their own closing.</summary>
    public async Task<CaseState> ApproveClosingAsync(int id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(id, CarePolicies.SuperviseCase, user, cancellationToken);
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        if (tracked.Status != CaseStatus.ClosingRequested) throw new ConflictException("Care.NoClosingRequested");
        tracked.Close(Today);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.case-closed", SubjectType, id.ToString(), $"approvedBy={user.UserId()}", cancellationToken);
        return new CaseState(id, tracked.Status);
    }

    /// <summary>The supervisor sends the closing back (goals not met, summary thin); the case is open again and the reason is in its history.</summary>
    public async Task<CaseState> ReturnClosingAsync(int id, ClosingReturn input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", CareCase.MaxText);
        var (care, _) = await AuthorizeAsync(id, CarePolicies.SuperviseCase, user, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        if (tracked.Status != CaseStatus.ClosingRequested) throw new ConflictException("Care.NoClosingRequested");
        tracked.ReturnClosing();
        await AddEntryAsync(care, CaseEntryKind.ClosingReturned, Today, (note, null, null), user, cancellationToken);
        return new CaseState(id, tracked.Status);
    }

    /// <summary>The supervisor hands the case to another worker of the community; the transfer is a line of the history.</summary>
    public async Task TransferAsync(int id, CaseTransfer input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", CareCase.MaxText);
        var (care, _) = await AuthorizeAsync(id, CarePolicies.SuperviseCase, user, cancellationToken);
        var worker = string.IsNullOrWhiteSpace(input.WorkerId) ? null : await staff.FindAsync(care.CommunityId, input.WorkerId.Trim(), CarePolicies.CaseRoles, cancellationToken);
        if (worker is null) errors["workerId"] = new("Care.WorkerUnknown");
        else if (worker.Id == care.SupervisorId || worker.Id == care.WorkerId) errors["workerId"] = new("Care.WorkerUnchanged");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (care.Status == CaseStatus.Closed) throw new ConflictException("Care.CaseNotOpen");
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        tracked.TransferTo(worker!.Id);
        await AddEntryAsync(care, CaseEntryKind.Transfer, Today, ($"{care.WorkerId} → {worker.Id}: {note}", null, null), user, cancellationToken);
    }

    /// <summary>The supervisor lets a colleague of the community read the case (not work it), until revoked.</summary>
    public async Task GrantReaderAsync(int id, CaseReaderGrant input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (care, holders) = await AuthorizeAsync(id, CarePolicies.SuperviseCase, user, cancellationToken);
        var reader = string.IsNullOrWhiteSpace(input.UserId) ? null : await staff.FindAsync(care.CommunityId, input.UserId.Trim(), CarePolicies.CaseRoles, cancellationToken);
        if (reader is null) throw new FieldValidationException("userId", "Care.WorkerUnknown");
        if (reader.Id == care.WorkerId || reader.Id == care.SupervisorId || holders.ReaderIds.Contains(reader.Id)) throw new FieldValidationException("userId", "Care.AlreadyReads");
        db.Add(new CaseReader(care, reader.Id, user.UserId(), Now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.case-reader-added", SubjectType, id.ToString(), $"reader={reader.Id}", cancellationToken);
    }

    public async Task RevokeReaderAsync(int id, string userId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(id, CarePolicies.SuperviseCase, user, cancellationToken);
        var reader = await db.Set<CaseReader>().FirstOrDefaultAsync(r => r.CaseId == id && r.UserId == userId && r.RevokedAt == null, cancellationToken)
            ?? throw new NotFoundException();
        reader.Revoke(Now);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.case-reader-revoked", SubjectType, id.ToString(), $"reader={userId}", cancellationToken);
    }

    /// <summary>
    /// The case and who holds it, after the record-level rule allowed the operation: 404 outside the caller's
    /// communities (the scope hides it), 403 inside them for anyone the rule does not name.
    /// </summary>
    internal async Task<(CareCase Case, CaseHolders Holders)> AuthorizeAsync(int id, OperationAuthorizationRequirement operation, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var care = await db.Set<CareCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();
        var readers = await db.Set<CaseReader>().AsNoTracking().Where(r => r.CaseId == id && r.RevokedAt == null).Select(r => r.UserId).ToListAsync(cancellationToken);
        var holders = new CaseHolders(care.WorkerId, care.SupervisorId, readers);
        if (!(await authorization.AuthorizeAsync(user, holders, operation)).Succeeded) throw new ForbiddenException();
        return (care, holders);
    }

    private async Task WorkAsync(int id, ClaimsPrincipal user, string action, Action<CareCase> change, CancellationToken cancellationToken)
    {
        await AuthorizeAsync(id, CarePolicies.WorkCase, user, cancellationToken);
        var tracked = await db.Set<CareCase>().FirstAsync(c => c.Id == id, cancellationToken);
        if (tracked.Status != CaseStatus.Open) throw new ConflictException("Care.CaseNotOpen");
        change(tracked);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(action, SubjectType, id.ToString(), $"by={user.UserId()}", cancellationToken);
    }

    private async Task<int> AddEntryAsync(CareCase care, CaseEntryKind kind, DateOnly on, (string, string?, string?) text, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var entry = new CaseEntry(care, kind, on, null, text, user.UserId(), Now);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync($"care.case-{kind.ToString().ToLowerInvariant()}", SubjectType, care.Id.ToString(), $"entry={entry.Id}", cancellationToken);
        return entry.Id;
    }

    /// <summary>A day on the case: not before it was opened, not after today.</summary>
    private DateOnly Dated(Dictionary<string, FieldError> errors, DateOnly? given, CareCase care, string field)
    {
        var on = given ?? Today;
        if (on > Today) errors[field] = new("Care.DateFuture");
        else if (on < care.OpenedOn) errors[field] = new("Care.BeforeOpened", care.OpenedOn.ToString("yyyy-MM-dd"));
        return on;
    }

    private static string? Optional(Dictionary<string, FieldError> errors, string? value, string field)
    {
        var text = errors.Text(value, field, CareCase.MaxText, required: false);
        return text.Length == 0 ? null : text;
    }

    private static string Relation(CaseHolders holders, string userId) =>
        userId == holders.WorkerId ? "worker" : userId == holders.SupervisorId ? "supervisor" : "reader";
}

/// <summary>Counts for the workbench: first contacts due, reviews due, closings to sign off, referrals to chase.</summary>
public sealed record CaseDues(int FirstContacts, int Reviews, int Closings, int Chases);

/// <summary>A worker's cases: those they hold open, those they held to the close, those they supervise still open.</summary>
public sealed record CaseLoad(int Holding, int Closed, int Supervising);
