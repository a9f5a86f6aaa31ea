using System.Security.Claims;
using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Partners;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Shortlist;

/// <summary>
/// The shortlist's public notice: the program's officers publish the applications proposed for an award, anyone reads
/// the notice and any signed-in account may object until its last day, the officers answer each objection. The award
/// of an application on a notice waits for all of that (<see cref="EnsureAwardableAsync"/>).
/// </summary>
public sealed class ShortlistService(LinliDb db, ProgramsService programs, PartnerDirectory partners, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public const int MaxEntries = 100, MaxObjectionDays = 30;

    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<int> PublishAsync(int programId, NewShortlist input, CancellationToken cancellationToken)
    {
        var program = await programs.FindAsync(programId, cancellationToken);
        programs.EnsureManages(program);
        var errors = new Dictionary<string, FieldError>();
        if (input.ObjectionDays is not (>= ShortlistNotice.MinObjectionDays and <= MaxObjectionDays))
            errors["objectionDays"] = new("Validation.Range", ShortlistNotice.MinObjectionDays, MaxObjectionDays);
        var note = errors.Text(input.Note, "note", ShortlistNotice.MaxNote, required: false);
        if (input.Entries is not { Count: > 0 and <= MaxEntries })
        {
            // Nothing to look up: answer before reading any application.
            errors["entries"] = new("Validation.Range", 1, MaxEntries);
            throw new FieldValidationException(errors);
        }
        var ids = input.Entries.Select(e => e?.ApplicationId ?? 0).ToList();
        var applications = await db.Set<GrantApplication>().AsNoTracking().Where(a => a.ProgramId == programId && ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var scored = (await db.Set<ApplicationReview>().Where(r => ids.Contains(r.ApplicationId) && !r.ConflictOfInterest).Select(r => r.ApplicationId).Distinct()
            .ToListAsync(cancellationToken)).ToHashSet();
        var entries = new List<(GrantApplication Application, long Fen)>();
        foreach (var (entry, n) in input.Entries.Select((e, n) => (e, n)))
        {
            var fen = Money.Fen(entry?.Amount);
            if (entry?.ApplicationId is not { } id || !applications.TryGetValue(id, out var application)) errors[$"entries[{n}].applicationId"] = new("Grant.ApplicationNotFound");
            else if (application.Status != ApplicationStatus.Submitted || application.EndorsedAt is null || !scored.Contains(id))
                errors[$"entries[{n}].applicationId"] = new("Grant.NotShortlistable");
            else if (entries.Any(e => e.Application.Id == id)) errors[$"entries[{n}].applicationId"] = new("Grant.ShortlistedTwice");
            else if (fen is not > 0 || fen > application.RequestedFen) errors[$"entries[{n}].amount"] = new("Grant.AboveRequested", Money.Yuan(application.RequestedFen));
            else entries.Add((application, fen.Value));
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var organizations = await partners.NamesAsync(entries.Select(e => e.Application.OrganizationId), cancellationToken);
        var communities = (await programs.CommunitiesAsync(program, cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var notice = new ShortlistNotice(program, Today, Today.AddDays(input.ObjectionDays!.Value), FieldChecks.OrNull(note), scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(entries.Select(e => new ShortlistEntry(notice.Id, e.Application.Id, e.Fen, (e.Application.Title, organizations.GetValueOrDefault(e.Application.OrganizationId, ""),
            communities.GetValueOrDefault(e.Application.CommunityId, ""), e.Application.Category))));
        await db.SaveOrConflictAsync("Grant.AlreadyShortlisted", cancellationToken);
        await audit.RecordAsync("grant.shortlist", "GrantProgram", programId.ToString(), $"notice={notice.Id} entries={entries.Count} until={notice.ObjectionsUntil:yyyy-MM-dd}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return notice.Id;
    }

    /// <summary>
    /// The notice as anyone reads it, signed in or not: a public notice is no one's personal data, so it is read past
    /// the region filter (listed in IgnoreQueryFiltersTests); its entries are the published copies.
    /// </summary>
    public async Task<ShortlistView> ReadPublicAsync(int noticeId, CancellationToken cancellationToken)
    {
        var notice = await PublicNoticeAsync(noticeId, cancellationToken);
        var entries = await db.Set<ShortlistEntry>().AsNoTracking().Where(e => e.NoticeId == noticeId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return View(notice, entries);
    }

    /// <summary>The notices of a program, latest first, for its officers' page.</summary>
    public async Task<IReadOnlyList<ShortlistView>> ListAsync(int programId, CancellationToken cancellationToken)
    {
        var notices = await db.Set<ShortlistNotice>().AsNoTracking().Where(n => n.ProgramId == programId).OrderByDescending(n => n.Id).ToListAsync(cancellationToken);
        var ids = notices.Select(n => n.Id).ToList();
        var entries = (await db.Set<ShortlistEntry>().AsNoTracking().Where(e => ids.Contains(e.NoticeId)).OrderBy(e => e.Id).ToListAsync(cancellationToken))
            .ToLookup(e => e.NoticeId);
        return [.. notices.Select(n => View(n, entries[n.Id]))];
    }

    private ShortlistView View(ShortlistNotice notice, IEnumerable<ShortlistEntry> entries) =>
        new(notice.Id, notice.ProgramId, notice.Program, notice.PublishedOn, notice.ObjectionsUntil, Today <= notice.ObjectionsUntil, notice.Note,
            [.. entries.Select(e => new ShortlistLine(e.ApplicationId, e.Title, e.Organization, e.Community, e.Category, Money.Yuan(e.ProposedFen)))]);

    /// <summary>An objection while the notice runs, by any signed-in account; about an application on it, or the notice as a whole.</summary>
    public async Task<int> ObjectAsync(int noticeId, NewObjection input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var notice = await PublicNoticeAsync(noticeId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var text = errors.Text(input.Text, "text", NoticeObjection.MaxText);
        var contact = errors.Text(input.Contact, "contact", NoticeObjection.MaxContact, required: false);
        if (input.ApplicationId is { } id && !await db.Set<ShortlistEntry>().AnyAsync(e => e.NoticeId == noticeId && e.ApplicationId == id, cancellationToken))
            errors["applicationId"] = new("Grant.NotOnNotice");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (Today > notice.ObjectionsUntil) throw new ConflictException("Grant.NoticeClosed");
        var objection = new NoticeObjection(notice, input.ApplicationId, text, FieldChecks.OrNull(contact), user.Identity?.Name ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(objection);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.objection", "ShortlistNotice", noticeId.ToString(), $"objection={objection.Id} application={input.ApplicationId}", cancellationToken);
        return objection.Id;
    }

    public async Task<IReadOnlyList<ObjectionView>> ObjectionsAsync(int noticeId, CancellationToken cancellationToken)
    {
        var notice = await db.Set<ShortlistNotice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken) ?? throw new NotFoundException();
        programs.EnsureManages(await programs.FindAsync(notice.ProgramId, cancellationToken));
        return [.. (await db.Set<NoticeObjection>().AsNoTracking().Where(o => o.NoticeId == noticeId).OrderBy(o => o.Id).ToListAsync(cancellationToken)).Select(View)];
    }

    /// <summary>The officers' answer: upheld (the application it names — or, for the whole notice, every one — is not awarded) or not; once.</summary>
    public async Task<ObjectionView> AnswerAsync(int objectionId, ObjectionAnswer input, CancellationToken cancellationToken)
    {
        var objection = await db.Set<NoticeObjection>().FirstOrDefaultAsync(o => o.Id == objectionId, cancellationToken) ?? throw new NotFoundException();
        var notice = await db.Set<ShortlistNotice>().AsNoTracking().FirstAsync(n => n.Id == objection.NoticeId, cancellationToken);
        programs.EnsureManages(await programs.FindAsync(notice.ProgramId, cancellationToken));
        var errors = new Dictionary<string, FieldError>();
        if (input.Upheld is null) errors["upheld"] = new("Validation.Required");
        var answer = errors.Text(input.Answer, "answer", NoticeObjection.MaxText);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (objection.Upheld is not null) throw new ConflictException("Grant.ObjectionAnswered");
        objection.Decide(input.Upheld!.Value, answer, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.objection-answered", "ShortlistNotice", notice.Id.ToString(), $"objection={objectionId} upheld={objection.Upheld}", cancellationToken);
        return View(objection);
    }

    /// <summary>
    /// An application on a notice is awarded only after the notice's last day, with every objection to it (or to the
    /// whole notice) answered and none of them upheld, and never above the amount the public was shown. An application
    /// never shortlisted is the officers' call.
    /// </summary>
    public async Task EnsureAwardableAsync(int applicationId, long fen, CancellationToken cancellationToken)
    {
        var entry = await db.Set<ShortlistEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.ApplicationId == applicationId, cancellationToken);
        if (entry is null) return;
        if (fen > entry.ProposedFen) throw new FieldValidationException("amount", "Grant.AboveProposed", Money.Yuan(entry.ProposedFen));
        var notice = await db.Set<ShortlistNotice>().AsNoTracking().FirstAsync(n => n.Id == entry.NoticeId, cancellationToken);
        if (Today <= notice.ObjectionsUntil)
            throw new ConflictException("Grant.NoticeRunning", new Dictionary<string, object?> { ["until"] = notice.ObjectionsUntil.ToString("yyyy-MM-dd") });
        var objections = await db.Set<NoticeObjection>().AsNoTracking().Where(o => o.NoticeId == notice.Id && (o.ApplicationId == null || o.ApplicationId == applicationId))
            .Select(o => o.Upheld).ToListAsync(cancellationToken);
        if (objections.Any(upheld => upheld is null)) throw new ConflictException("Grant.ObjectionOpen");
        if (objections.Any(upheld => upheld == true)) throw new ConflictException("Grant.ObjectionUpheld");
    }

    private async Task<ShortlistNotice> PublicNoticeAsync(int noticeId, CancellationToken cancellationToken) =>
        await db.Set<ShortlistNotice>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(n => n.Id == noticeId, cancellationToken) ?? throw new NotFoundException();

    private static ObjectionView View(NoticeObjection o) =>
        new(o.Id, o.NoticeId, o.ApplicationId, o.Text, o.Contact, o.FiledBy, ChinaTime.ToOffset(o.FiledAt), o.Upheld, o.Answer, o.AnsweredBy);
}
