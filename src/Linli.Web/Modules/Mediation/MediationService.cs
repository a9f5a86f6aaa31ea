using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Mediation;

/// <summary>
/// Accompanied mediation (陪伴式调解): a case opened with its parties, the steps the worker and the complainant take
/// together, the outcome, and the check that it held. Opening a case to read it is recorded as a sensitive read.
/// </summary>
public sealed class MediationService(LinliDb db, Residents.ResidentPlacement placement, FileStore files, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxTake = 500;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> OpenAsync(NewMediation input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (input.Issue is not { } issue || !Enum.IsDefined(issue)) errors["issue"] = new("Validation.Required");
        if (input.Channel is not { } channel || !Enum.IsDefined(channel)) errors["channel"] = new("Validation.Required");
        var complainant = errors.Text(input.Complainant, "complainant", MediationCase.MaxName);
        var respondent = errors.Text(input.Respondent, "respondent", MediationCase.MaxName, required: false);
        var summary = errors.Text(input.Summary, "summary", MediationCase.MaxText);
        var worker = errors.Text(input.Worker, "worker", MediationCase.MaxWorker, required: false);
        var today = ChinaTime.Today(clock);
        var openedOn = input.OpenedOn ?? today;
        if (openedOn > today) errors["openedOn"] = new("Mediation.DateFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var regionId = input.RegionId ?? input.CommunityId.Value;
        if (!await placement.IsWithinCommunityAsync(regionId, input.CommunityId.Value, cancellationToken))
            throw new FieldValidationException("regionId", "Mediation.RegionOutside");

        var mediation = new MediationCase(input.CommunityId.Value, regionId, (input.Issue!.Value, input.Channel!.Value, openedOn),
            worker.Length == 0 ? scope.UserName ?? "" : worker, (complainant, respondent.Length == 0 ? null : respondent, summary), scope.UserName ?? "", Now);
        db.Add(mediation);
        await db.SaveChangesAsync(cancellationToken);
        // The summary names no one: kind and place only, as the audit log is read more widely than the case.
        await audit.RecordAsync("mediation.opened", "Mediation", mediation.Id.ToString(), $"community={mediation.CommunityId} issue={mediation.Issue}", cancellationToken);
        return mediation.Id;
    }

    /// <summary>Cases of the caller's communities (of one; in one state), open ones first by the day they were opened.</summary>
    public async Task<IReadOnlyList<MediationLine>> ListAsync(int? communityId, MediationStatus? status, int? take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > MaxTake) throw new FieldValidationException("take", "Validation.Range", 1, MaxTake);
        var today = ChinaTime.Today(clock);
        var cases = db.Set<MediationCase>().AsNoTracking().Where(c => communityId == null || c.CommunityId == communityId);
        if (status is { } s) cases = cases.Where(c => c.Status == s);
        return await cases.OrderBy(c => c.Status == MediationStatus.Closed).ThenByDescending(c => c.OpenedOn).ThenByDescending(c => c.Id).Take(take ?? 100)
            .Select(c => new MediationLine(c.Id, c.CommunityId, db.Regions.Where(r => r.Id == c.RegionId).Select(r => r.Name).First(), c.Issue, c.Channel, c.OpenedOn,
                c.Status, c.Worker, c.FollowUpOn, c.Status == MediationStatus.FollowUp && c.FollowUpOn <= today,
                db.Set<MediationStep>().Count(x => x.CaseId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many cases have a follow-up check due today or earlier, for the workbench.</summary>
    public async Task<int> FollowUpsDueAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        return await db.Set<MediationCase>().CountAsync(c => c.CommunityId == communityId && c.Status == MediationStatus.FollowUp && c.FollowUpOn <= today, cancellationToken);
    }

    /// <summary>The whole case with its parties and steps; the read is recorded (PIPL: it names people).</summary>
    public async Task<MediationDetail> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var c = await FindAsync(id, cancellationToken);
        var steps = await db.Set<MediationStep>().AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.On).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var place = await db.Regions.AsNoTracking().Where(r => r.Id == c.RegionId).Select(r => r.Name).FirstAsync(cancellationToken);
        await audit.RecordAsync("privacy.sensitive-read", "Mediation", id.ToString(), "mediation case", cancellationToken);
        return new MediationDetail(c.Id, c.CommunityId, place, c.Issue, c.Channel, c.OpenedOn, c.Status, c.Worker, c.Complainant, c.Respondent, c.Summary, c.Outcome,
            c.OutcomeNote, c.EscalatedTo, c.AgreementNo, c.FollowUpOn, c.CheckedOn, c.HeldAtCheck, c.CheckNote,
            [.. steps.Select(s => new MediationStepView(s.Id, s.On, s.Kind, s.WithComplainant, s.Note, s.Letter, s.PostedAt, s.PhotoFileId is not null, s.By))]);
    }

    /// <summary>
    /// A step on a case that is not closed, dated between the day it was opened and today. A drafted letter carries its
    /// text; a posted one says where; a photo (of the posted letter, of the place) may come with it.
    /// </summary>
    public async Task<int> AddStepAsync(int id, NewMediationStep input, CancellationToken cancellationToken, Stream? photo = null)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind) || kind == MediationStepKind.FollowUpCheck) errors["kind"] = new("Validation.Required");
        var note = errors.Text(input.Note, "note", MediationCase.MaxText);
        var letter = errors.Text(input.Letter, "letter", MediationStep.MaxLetter, required: input.Kind == MediationStepKind.LetterDrafted);
        var postedAt = errors.Text(input.PostedAt, "postedAt", MediationStep.MaxPlace, required: input.Kind == MediationStepKind.LetterPosted);
        var mediation = await FindAsync(id, cancellationToken);
        var on = input.On ?? ChinaTime.Today(clock);
        if (on > ChinaTime.Today(clock)) errors["on"] = new("Mediation.DateFuture");
        else if (on < mediation.OpenedOn) errors["on"] = new("Mediation.BeforeOpened", mediation.OpenedOn.ToString("yyyy-MM-dd"));
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (mediation.Status == MediationStatus.Closed) throw new ConflictException("Mediation.Closed");

        var step = new MediationStep(mediation, on, input.Kind!.Value, input.WithComplainant ?? true,
            (note, letter.Length == 0 ? null : letter, postedAt.Length == 0 ? null : postedAt), scope.UserName ?? "", Now);
        if (photo is not null) step.Attach((await files.AddImageAsync(photo, "photo", scope.UserName ?? "", cancellationToken)).Id);
        db.Add(step);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("mediation.step", "Mediation", id.ToString(), $"step={step.Id} kind={step.Kind}", cancellationToken);
        return step.Id;
    }

    /// <summary>A photo for a step already written (the letter on the wall, taken after it was posted).</summary>
    public async Task AttachPhotoAsync(int id, int stepId, Stream photo, CancellationToken cancellationToken)
    {
        var mediation = await FindAsync(id, cancellationToken);
        var step = await db.Set<MediationStep>().FirstOrDefaultAsync(s => s.Id == stepId && s.CaseId == id, cancellationToken) ?? throw new NotFoundException();
        if (mediation.Status == MediationStatus.Closed) throw new ConflictException("Mediation.Closed");
        step.Attach((await files.AddImageAsync(photo, "file", scope.UserName ?? "", cancellationToken)).Id);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("mediation.photo", "Mediation", id.ToString(), $"step={stepId}", cancellationToken);
    }

    public async Task<StoredFile> PhotoAsync(int id, int stepId, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        var fileId = await db.Set<MediationStep>().Where(s => s.Id == stepId && s.CaseId == id).Select(s => s.PhotoFileId).FirstOrDefaultAsync(cancellationToken);
        var file = (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
        await audit.RecordAsync("privacy.sensitive-read", "Mediation", id.ToString(), $"photo of step {stepId}", cancellationToken);
        return file;
    }

    /// <summary>The outcome of an open case and the day to check it held (today at the earliest); an escalation says where to.</summary>
    public async Task RecordOutcomeAsync(int id, MediationResult input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome)) errors["outcome"] = new("Validation.Required");
        var note = errors.Text(input.Note, "note", MediationCase.MaxText);
        var agreement = errors.Text(input.AgreementNo, "agreementNo", MediationCase.MaxName, required: false);
        if (input.Outcome == MediationOutcome.Escalated && (input.EscalatedTo is not { } to || !Enum.IsDefined(to))) errors["escalatedTo"] = new("Mediation.EscalatedToRequired");
        if (input.FollowUpOn is not { } followUp) errors["followUpOn"] = new("Validation.Required");
        else if (followUp < ChinaTime.Today(clock)) errors["followUpOn"] = new("Mediation.FollowUpPast");
        await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var escalatedTo = input.Outcome == MediationOutcome.Escalated ? input.EscalatedTo : null;
        // The sealed columns keep their converter in a bulk update: EF encrypts the parameter as it does on insert.
        var moved = await db.Set<MediationCase>().Where(c => c.Id == id && c.Status == MediationStatus.Open).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, MediationStatus.FollowUp).SetProperty(x => x.Outcome, input.Outcome).SetProperty(x => x.OutcomeNote, note)
            .SetProperty(x => x.EscalatedTo, escalatedTo).SetProperty(x => x.AgreementNo, agreement.Length == 0 ? null : agreement)
            .SetProperty(x => x.FollowUpOn, input.FollowUpOn), cancellationToken);
        if (moved == 0) throw new ConflictException("Mediation.NotOpen");
        await audit.RecordAsync("mediation.outcome", "Mediation", id.ToString(), $"outcome={input.Outcome} followUp={input.FollowUpOn:yyyy-MM-dd}", cancellationToken);
    }

    /// <summary>
    /// The follow-up check: if the outcome held the case closes; if not it opens again for more steps. Either way the
    /// check is a step of the case's history.
    /// </summary>
    public async Task CheckAsync(int id, FollowUpCheck input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Held is null) errors["held"] = new("Validation.Required");
        var note = errors.Text(input.Note, "note", MediationCase.MaxText);
        var mediation = await FindAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var today = ChinaTime.Today(clock);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Set<MediationCase>().Where(c => c.Id == id && c.Status == MediationStatus.FollowUp).ExecuteUpdateAsync(c => c
            .SetProperty(x => x.Status, input.Held == true ? MediationStatus.Closed : MediationStatus.Open).SetProperty(x => x.CheckedOn, today)
            .SetProperty(x => x.HeldAtCheck, input.Held).SetProperty(x => x.CheckNote, note), cancellationToken);
        if (moved == 0) throw new ConflictException("Mediation.NoFollowUp");
        db.Add(new MediationStep(mediation, today, MediationStepKind.FollowUpCheck, withComplainant: false, (note, null, null), scope.UserName ?? "", Now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("mediation.checked", "Mediation", id.ToString(), input.Held == true ? "held" : "reopened", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Counts by issue of the cases opened in a period, across the caller's communities (or one): names nobody.</summary>
    public async Task<IReadOnlyList<MediationCount>> CountAsync(int? communityId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (from > to) throw new FieldValidationException("to", "Mediation.PeriodBackwards");
        var cases = db.Set<MediationCase>().AsNoTracking().Where(c => communityId == null || c.CommunityId == communityId);
        if (from is { } f) cases = cases.Where(c => c.OpenedOn >= f);
        if (to is { } t) cases = cases.Where(c => c.OpenedOn <= t);
        var rows = await cases.GroupBy(c => c.Issue).Select(g => new MediationCount(g.Key, g.Count(), g.Count(c => c.Status == MediationStatus.Open),
            g.Count(c => c.Outcome == MediationOutcome.Settled || c.Outcome == MediationOutcome.PartlySettled), g.Count(c => c.Outcome == MediationOutcome.Escalated)))
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Issue)];
    }

    /// <summary>A drafted letter (文明劝导函) as the A4 page to print and post.</summary>
    public async Task<byte[]> LetterAsync(int id, int stepId, CancellationToken cancellationToken)
    {
        var mediation = await FindAsync(id, cancellationToken);
        var step = await db.Set<MediationStep>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == stepId && s.CaseId == id && s.Letter != null, cancellationToken)
            ?? throw new NotFoundException();
        var community = await db.Regions.AsNoTracking().Where(r => r.Id == mediation.CommunityId).Select(r => r.Name).FirstAsync(cancellationToken);
        await audit.RecordAsync("mediation.letter", "Mediation", id.ToString(), $"step={stepId}", cancellationToken);
        return PersuasionLetter.Build(step.Letter!, community, step.On);
    }

    private async Task<MediationCase> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<MediationCase>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();
}
