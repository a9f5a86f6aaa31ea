using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Oversight;

/// <summary>
/// The foundation's oversight of a project after the award: mid-term and closing reviews with their rectification
/// items (a passed closing review closes the project), and the agreement whose tranches are paid in order, each only
/// once its milestone is reached or its stage's review passed.
/// </summary>
public sealed class OversightService(LinliDb db, ProjectsService projects, ProgramsService programs, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public const int MaxItems = 20, MaxTranches = 10;

    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<int> ReviewAsync(int projectId, NewProjectReview input, CancellationToken cancellationToken)
    {
        var project = await ManagedAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.Stage is not { } stage || !Enum.IsDefined(stage)) errors["stage"] = new("Validation.Required");
        if (input.Conclusion is not { } conclusion || !Enum.IsDefined(conclusion)) errors["conclusion"] = new("Validation.Required");
        if (input.HeldOn is not { } heldOn) errors["heldOn"] = new("Validation.Required");
        else if (heldOn > Today || heldOn < project.StartsOn) errors["heldOn"] = new("Grant.OutsideProjectPeriod");
        var findings = errors.Text(input.Findings, "findings", ProjectReview.MaxFindings);
        var items = new List<(string Description, DateOnly DueOn)>();
        if (input.Items is { Count: > MaxItems }) errors["items"] = new("Validation.MaxLength", MaxItems);
        foreach (var (item, n) in (input.Items ?? []).Select((item, n) => (item, n)))
        {
            var description = errors.Text(item?.Description, $"items[{n}].description", RectificationItem.MaxText);
            if (item?.DueOn is not { } due) errors[$"items[{n}].dueOn"] = new("Validation.Required");
            else if (input.HeldOn is { } held && due < held) errors[$"items[{n}].dueOn"] = new("Grant.DueBeforeReview");
            else items.Add((description, due));
        }
        if (input.Conclusion == ReviewConclusion.Rectify && (input.Items ?? []).Count == 0) errors["items"] = new("Grant.RectifyNeedsItems");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.Status == ProjectStatus.Closed) throw new ConflictException("Grant.ProjectClosed");
        await EnsureStageOpenAsync(projectId, input.Stage!.Value, input.Conclusion!.Value, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var review = new ProjectReview(project, input.Stage.Value, input.HeldOn!.Value, findings, input.Conclusion.Value, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(items.Select(i => new RectificationItem(review, i.Description, i.DueOn)));
        // Closed by a conditional update: of two closing reviews at once, the second finds the project closed (409).
        if (review.Stage == ReviewStage.Closing && review.Conclusion == ReviewConclusion.Pass
            && await db.Set<GrantProject>().Where(p => p.Id == projectId && p.Status == ProjectStatus.Running).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, ProjectStatus.Closed).SetProperty(p => p.ClosedOn, review.HeldOn), cancellationToken) == 0)
            throw new ConflictException("Grant.ProjectClosed");
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.reviewed-stage", "GrantProject", projectId.ToString(),
            $"review={review.Id} stage={review.Stage} conclusion={review.Conclusion} items={items.Count}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return review.Id;
    }

    /// <summary>
    /// A stage is reviewed once, again only after a "rectify" whose items are all done; no mid-term after a closing
    /// review; a closing review passes only when no rectification item of the project is open.
    /// </summary>
    private async Task EnsureStageOpenAsync(int projectId, ReviewStage stage, ReviewConclusion conclusion, CancellationToken cancellationToken)
    {
        var reviews = await db.Set<ProjectReview>().AsNoTracking().Where(r => r.ProjectId == projectId).ToListAsync(cancellationToken);
        if (stage == ReviewStage.Midterm && reviews.Any(r => r.Stage == ReviewStage.Closing)) throw new ConflictException("Grant.StageReviewed");
        var open = await db.Set<RectificationItem>().CountAsync(i => i.ProjectId == projectId && i.DoneOn == null, cancellationToken);
        var last = reviews.Where(r => r.Stage == stage).OrderByDescending(r => r.Id).FirstOrDefault();
        if (last is not null && last.Conclusion != ReviewConclusion.Rectify) throw new ConflictException("Grant.StageReviewed");
        if (last is not null && await db.Set<RectificationItem>().AnyAsync(i => i.ReviewId == last.Id && i.DoneOn == null, cancellationToken))
            throw new ConflictException("Grant.RectificationOpen");
        if (stage == ReviewStage.Closing && conclusion == ReviewConclusion.Pass && open > 0) throw new ConflictException("Grant.RectificationOpen");
    }

    /// <summary>A rectification item done, with its evidence, by the project's people.</summary>
    public async Task<RectificationView> CompleteItemAsync(int projectId, int itemId, RectificationDone input, CancellationToken cancellationToken)
    {
        await projects.FindAsync(projectId, cancellationToken);
        var item = await db.Set<RectificationItem>().FirstOrDefaultAsync(i => i.Id == itemId && i.ProjectId == projectId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var evidence = errors.Text(input.Evidence, "evidence", RectificationItem.MaxText);
        var on = input.DoneOn ?? Today;
        if (on > Today) errors["doneOn"] = new("Partner.DateInFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (item.DoneOn is not null) throw new ConflictException("Grant.RectificationDone");
        item.Done(on, evidence, scope.UserName ?? "");
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.rectified", "GrantProject", projectId.ToString(), $"item={itemId} on={on:yyyy-MM-dd}", cancellationToken);
        return Item(item);
    }

    public async Task<IReadOnlyList<ProjectReviewView>> ReviewsAsync(int projectId, CancellationToken cancellationToken)
    {
        await projects.FindAsync(projectId, cancellationToken);
        var reviews = await db.Set<ProjectReview>().AsNoTracking().Where(r => r.ProjectId == projectId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var items = (await db.Set<RectificationItem>().AsNoTracking().Where(i => i.ProjectId == projectId).OrderBy(i => i.Id).ToListAsync(cancellationToken))
            .ToLookup(i => i.ReviewId);
        return [.. reviews.Select(r => new ProjectReviewView(r.Id, r.Stage, r.HeldOn, r.Findings, r.Conclusion, r.ReviewedBy, [.. items[r.Id].Select(Item)]))];
    }

    /// <summary>Open rectification items of a community's projects, and how many of them are past their day (the workbench's to-dos).</summary>
    public async Task<(int Open, int Late)> OpenItemsAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = Today;
        var open = await db.Set<RectificationItem>().Where(i => i.CommunityId == communityId && i.DoneOn == null).Select(i => i.DueOn).ToListAsync(cancellationToken);
        return (open.Count, open.Count(due => due < today));
    }

    /// <summary>
    /// The agreement and its tranches, set (or set again) by the program's officers until the first payment: the
    /// tranches add up to the amount awarded, a milestone named must be the project's own.
    /// </summary>
    public async Task<AgreementView> SignAsync(int projectId, NewAgreement input, CancellationToken cancellationToken)
    {
        var project = await ManagedAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var number = errors.Text(input.Number, "number", GrantProject.MaxAgreementNumber);
        if (input.SignedOn is not { } signed) errors["signedOn"] = new("Validation.Required");
        else if (signed > Today) errors["signedOn"] = new("Partner.DateInFuture");
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.ApplicationId == project.ApplicationId).Select(m => m.Id).ToListAsync(cancellationToken);
        var tranches = new List<(long Fen, int? Milestone, ReviewStage? Stage)>();
        if (input.Tranches is not { Count: > 0 and <= MaxTranches }) errors["tranches"] = new("Validation.Range", 1, MaxTranches);
        foreach (var (tranche, n) in (input.Tranches ?? []).Select((t, n) => (t, n)))
        {
            if (Money.Fen(tranche?.Amount) is not { } fen || fen <= 0) errors[$"tranches[{n}].amount"] = new("Disclosure.AmountInvalid");
            else if (tranche!.MilestoneId is { } milestone && !milestones.Contains(milestone)) errors[$"tranches[{n}].milestoneId"] = new("Grant.MilestoneNotFound");
            else if (tranche.MilestoneId is not null && tranche.AfterReview is not null) errors[$"tranches[{n}].afterReview"] = new("Grant.OneCondition");
            else if (tranche.AfterReview is { } stage && !Enum.IsDefined(stage)) errors[$"tranches[{n}].afterReview"] = new("Validation.Required");
            else tranches.Add((fen, tranche.MilestoneId, tranche.AfterReview));
        }
        if (!errors.ContainsKey("tranches") && tranches.Count == input.Tranches!.Count && tranches.Sum(t => t.Fen) != project.AmountFen)
            errors["tranches"] = new("Grant.TranchesMustAddUp", Money.Yuan(project.AmountFen));
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<Tranche>().AnyAsync(t => t.ProjectId == projectId && t.PaidOn != null, cancellationToken)) throw new ConflictException("Grant.TranchePaid");
        await db.Set<Tranche>().Where(t => t.ProjectId == projectId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<GrantProject>().Where(p => p.Id == projectId).ExecuteUpdateAsync(s => s
            .SetProperty(p => p.AgreementNumber, number).SetProperty(p => p.SignedOn, input.SignedOn), cancellationToken);
        db.AddRange(tranches.Select((t, n) => new Tranche(project, n + 1, t.Fen, t.Milestone, t.Stage)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.agreement", "GrantProject", projectId.ToString(), $"number={number} tranches={tranches.Count}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await AgreementAsync(projectId, cancellationToken);
    }

    /// <summary>
    /// A tranche paid: in order, once released. The payment is a conditional update on the unpaid tranche, so two
    /// officers paying at once pay it once.
    /// </summary>
    public async Task<AgreementView> PayAsync(int trancheId, TranchePayment input, CancellationToken cancellationToken)
    {
        var tranche = await db.Set<Tranche>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == trancheId, cancellationToken) ?? throw new NotFoundException();
        await ManagedAsync(tranche.ProjectId, cancellationToken);
        var on = input.PaidOn ?? Today;
        var errors = new Dictionary<string, FieldError>();
        if (on > Today) errors["paidOn"] = new("Partner.DateInFuture");
        var note = errors.Text(input.Note, "note", Tranche.MaxNote, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (tranche.PaidOn is not null) throw new ConflictException("Grant.TranchePaid");
        if (await db.Set<Tranche>().AnyAsync(t => t.ProjectId == tranche.ProjectId && t.Sequence < tranche.Sequence && t.PaidOn == null, cancellationToken))
            throw new ConflictException("Grant.TrancheOutOfOrder");
        if (!await ReleasedAsync(tranche, cancellationToken)) throw new ConflictException(tranche.MilestoneId is null ? "Grant.ReviewNotPassed" : "Grant.MilestoneNotReached");
        var by = scope.UserName ?? "";
        var stored = FieldChecks.OrNull(note);
        if (await db.Set<Tranche>().Where(t => t.Id == trancheId && t.PaidOn == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.PaidOn, on).SetProperty(t => t.PaidBy, by).SetProperty(t => t.Note, stored), cancellationToken) == 0)
            throw new ConflictException("Grant.TranchePaid");
        await audit.RecordAsync("grant.tranche-paid", "GrantProject", tranche.ProjectId.ToString(), $"tranche={trancheId} fen={tranche.AmountFen}", cancellationToken);
        return await AgreementAsync(tranche.ProjectId, cancellationToken);
    }

    public async Task<AgreementView> AgreementAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var tranches = await db.Set<Tranche>().AsNoTracking().Where(t => t.ProjectId == projectId).OrderBy(t => t.Sequence).ToListAsync(cancellationToken);
        var milestones = await db.Set<Milestone>().AsNoTracking().Where(m => m.ApplicationId == project.ApplicationId).ToDictionaryAsync(m => m.Id, cancellationToken);
        var passed = await PassedStagesAsync(projectId, cancellationToken);
        bool Released(Tranche t) => t.MilestoneId is { } m ? milestones.TryGetValue(m, out var milestone) && milestone.DoneOn is not null
            : t.AfterReview is not { } stage || passed.Contains(stage);
        return new AgreementView(projectId, project.AgreementNumber, project.SignedOn, Money.Yuan(project.AmountFen),
            Money.Yuan(tranches.Where(t => t.PaidOn is not null).Sum(t => t.AmountFen)),
            [.. tranches.Select(t => new TrancheView(t.Id, t.Sequence, Money.Yuan(t.AmountFen), t.MilestoneId,
                t.MilestoneId is { } m && milestones.TryGetValue(m, out var milestone) ? milestone.Name : null, t.AfterReview, Released(t), t.PaidOn, t.PaidBy, t.Note))]);
    }

    private async Task<bool> ReleasedAsync(Tranche tranche, CancellationToken cancellationToken) =>
        tranche.MilestoneId is { } milestone
            ? await db.Set<Milestone>().AnyAsync(m => m.Id == milestone && m.DoneOn != null, cancellationToken)
            : tranche.AfterReview is not { } stage || (await PassedStagesAsync(tranche.ProjectId, cancellationToken)).Contains(stage);

    /// <summary>Stages whose review passed, or asked for rectification that has all been done.</summary>
    private async Task<HashSet<ReviewStage>> PassedStagesAsync(int projectId, CancellationToken cancellationToken)
    {
        var reviews = await db.Set<ProjectReview>().AsNoTracking().Where(r => r.ProjectId == projectId && r.Conclusion != ReviewConclusion.Fail)
            .Select(r => new { r.Id, r.Stage, r.Conclusion }).ToListAsync(cancellationToken);
        var open = (await db.Set<RectificationItem>().Where(i => i.ProjectId == projectId && i.DoneOn == null).Select(i => i.ReviewId).ToListAsync(cancellationToken)).ToHashSet();
        return [.. reviews.Where(r => r.Conclusion == ReviewConclusion.Pass || !open.Contains(r.Id)).Select(r => r.Stage)];
    }

    private async Task<GrantProject> ManagedAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        programs.EnsureManages(await programs.FindAsync(project.ProgramId, cancellationToken));
        return project;
    }

    private RectificationView Item(RectificationItem i) => new(i.Id, i.Description, i.DueOn, i.DoneOn, i.Evidence, i.Late(Today));
}
