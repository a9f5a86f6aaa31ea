using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>Works and tenders in the open: planned with a budget, bids opened before owners, awarded with a reason, progress, acceptance.</summary>
public sealed class WorksService(LinliDb db, Residents.ResidentPlacement placement, Deliberation.ResolutionsService resolutions, Assemblies.AssembliesService assemblies,
    AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxBids = 20;
    public const int MaxWitnesses = 1000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WorksView> CreateAsync(NewWorks input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", WorksProject.MaxTitle);
        var fundedBy = errors.Text(input.FundedBy, "fundedBy", WorksProject.MaxTitle);
        var budget = Money.Fen(input.Budget);
        if (budget is null) errors["budget"] = new("Disclosure.AmountInvalid");
        var basis = input.ResolutionId is { } r ? await resolutions.TextOfAsync(r, cancellationToken) : null;
        if (input.ResolutionId is not null && basis is null) errors["resolutionId"] = new("Disclosure.BasisNotFound");
        if (input.AssemblyId is { } a)
        {
            var title2 = await assemblies.TitleOfAsync(a, cancellationToken);
            if (title2 is null) errors["assemblyId"] = new("Disclosure.BasisNotFound");
            basis = basis is null ? title2 : $"{basis}；{title2}";
        }
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var regionId = input.RegionId ?? input.CommunityId.Value;
        if (!await placement.IsWithinCommunityAsync(regionId, input.CommunityId.Value, cancellationToken))
            throw new FieldValidationException("regionId", "Disclosure.RegionOutside");

        var project = new WorksProject(input.CommunityId.Value, regionId, title, fundedBy, budget!.Value,
            (input.ResolutionId, input.AssemblyId, basis is { Length: > WorksProject.MaxBasis } ? basis[..WorksProject.MaxBasis] : basis), scope.UserName ?? "", Now);
        db.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("works.created", "Works", project.Id.ToString(), $"community={project.CommunityId} budget={project.BudgetFen}", cancellationToken);
        return await ViewAsync(project.Id, cancellationToken);
    }

    public async Task<WorksProject> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<WorksProject>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>
    /// The opening: every bid read out, with the number of owners' representatives who witnessed it (at least one).
    /// Once per project: the state moves from planned only, decided by the database.
    /// </summary>
    public async Task OpenAsync(int id, BidOpening input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Witnesses is not { } witnesses || witnesses < 1 || witnesses > MaxWitnesses) errors["witnesses"] = new("Disclosure.WitnessesRequired");
        var bids = input.Bids ?? [];
        if (bids.Count is < 1 or > MaxBids) errors["bids"] = new("Validation.Range", 1, MaxBids);
        for (var i = 0; i < bids.Count; i++)
        {
            errors.Text(bids[i].Bidder, $"bids[{i}].bidder", WorksBid.MaxBidder);
            if (!TextRules.IsClean(bids[i].Bidder)) errors[$"bids[{i}].bidder"] = new(TextRules.MessageKey);
            if (Money.Fen(bids[i].Quote) is null) errors[$"bids[{i}].quote"] = new("Disclosure.AmountInvalid");
            errors.Text(bids[i].Note, $"bids[{i}].note", WorksProject.MaxText, required: false);
        }
        var project = await GetAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var opened = await db.Set<WorksProject>().Where(p => p.Id == id && p.Status == WorksStatus.Planned).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.Status, WorksStatus.Opened).SetProperty(x => x.OpenedAt, now).SetProperty(x => x.Witnesses, input.Witnesses), cancellationToken);
        if (opened == 0) throw new ConflictException("Disclosure.AlreadyOpened");
        db.AddRange(bids.Select(b => new WorksBid(project, b.Bidder!.Trim(), Money.Fen(b.Quote)!.Value, string.IsNullOrWhiteSpace(b.Note) ? null : b.Note.Trim())));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("works.opened", "Works", id.ToString(), $"bids={bids.Count} witnesses={input.Witnesses}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The choice among the opened bids and its reason (报价、资质、维修内容); only once, after the opening.</summary>
    public async Task AwardAsync(int id, BidAward input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var reason = errors.Text(input.Reason, "reason", WorksProject.MaxText);
        if (input.BidId is null) errors["bidId"] = new("Validation.Required");
        await GetAsync(id, cancellationToken);
        if (input.BidId is { } bid && !await db.Set<WorksBid>().AnyAsync(b => b.Id == bid && b.ProjectId == id, cancellationToken)) errors["bidId"] = new("Disclosure.BidNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var awarded = await db.Set<WorksProject>().Where(p => p.Id == id && p.Status == WorksStatus.Opened).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.Status, WorksStatus.Awarded).SetProperty(x => x.AwardedBidId, input.BidId).SetProperty(x => x.AwardReason, reason), cancellationToken);
        if (awarded == 0) throw new ConflictException("Disclosure.NotOpened");
        await audit.RecordAsync("works.awarded", "Works", id.ToString(), $"bid={input.BidId} {reason}", cancellationToken);
    }

    /// <summary>A dated progress step after the award; percent never goes back.</summary>
    public async Task ProgressAsync(int id, WorksStep input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", WorksProject.MaxText);
        if (input.Percent is not { } percent || percent < 0 || percent > 100) errors["percent"] = new("Validation.Range", 0, 100);
        var project = await GetAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.Status is not (WorksStatus.Awarded or WorksStatus.UnderWay)) throw new ConflictException("Disclosure.NotAwarded");
        if (input.Percent < project.Percent) throw new FieldValidationException("percent", "Disclosure.PercentBack", project.Percent);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new WorksProgress(project, ChinaTime.Today(clock), input.Percent!.Value, note, scope.UserName ?? ""));
        await db.SaveChangesAsync(cancellationToken);
        await db.Set<WorksProject>().Where(p => p.Id == id).ExecuteUpdateAsync(p => p.SetProperty(x => x.Status, WorksStatus.UnderWay).SetProperty(x => x.Percent, input.Percent!.Value),
            cancellationToken);
        await audit.RecordAsync("works.progress", "Works", id.ToString(), $"percent={input.Percent}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Acceptance (验收): by whom and the result, once the works are under way; the works are then complete.</summary>
    public async Task AcceptAsync(int id, WorksAcceptance input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var result = errors.Text(input.Result, "result", WorksProject.MaxText);
        await GetAsync(id, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var today = ChinaTime.Today(clock);
        var accepted = await db.Set<WorksProject>().Where(p => p.Id == id && p.Status == WorksStatus.UnderWay).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.Status, WorksStatus.Accepted).SetProperty(x => x.Percent, 100).SetProperty(x => x.AcceptedOn, today).SetProperty(x => x.Acceptance, result),
            cancellationToken);
        if (accepted == 0) throw new ConflictException("Disclosure.NotUnderWay");
        await audit.RecordAsync("works.accepted", "Works", id.ToString(), result, cancellationToken);
    }

    /// <summary>Works of the caller's communities (of one), newest first, with their bids and progress.</summary>
    public async Task<IReadOnlyList<WorksView>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Set<WorksProject>().Where(p => communityId == null || p.CommunityId == communityId), db.Set<WorksBid>(), db.Set<WorksProgress>(), cancellationToken);

    public async Task<WorksView> ViewAsync(int id, CancellationToken cancellationToken) =>
        (await ViewsAsync(db.Set<WorksProject>().Where(p => p.Id == id), db.Set<WorksBid>(), db.Set<WorksProgress>(), cancellationToken)).SingleOrDefault()
        ?? throw new NotFoundException();

    /// <summary>
    /// A community's works as anyone sees them (no sign-in; read past the scope, listed in IgnoreQueryFiltersTests): the
    /// budget and its source, the bids (companies, in full) once opened, the choice, the saving, progress, acceptance.
    /// </summary>
    public async Task<IReadOnlyList<WorksView>> PublicAsync(int communityId, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Set<WorksProject>().IgnoreQueryFilters().Where(p => p.CommunityId == communityId), db.Set<WorksBid>().IgnoreQueryFilters(),
            db.Set<WorksProgress>().IgnoreQueryFilters(), cancellationToken);

    private static async Task<IReadOnlyList<WorksView>> ViewsAsync(IQueryable<WorksProject> projects, IQueryable<WorksBid> allBids, IQueryable<WorksProgress> allSteps,
        CancellationToken cancellationToken)
    {
        var list = await projects.AsNoTracking().OrderByDescending(p => p.Id).Take(200).ToListAsync(cancellationToken);
        var ids = list.Select(p => p.Id).ToList();
        var bids = (await allBids.AsNoTracking().Where(b => ids.Contains(b.ProjectId)).OrderBy(b => b.QuoteFen).ToListAsync(cancellationToken)).ToLookup(b => b.ProjectId);
        var steps = (await allSteps.AsNoTracking().Where(s => ids.Contains(s.ProjectId)).OrderByDescending(s => s.Id).ToListAsync(cancellationToken)).ToLookup(s => s.ProjectId);
        return [.. list.Select(p =>
        {
            var chosen = bids[p.Id].FirstOrDefault(b => b.Id == p.AwardedBidId);
            return new WorksView(p.Id, p.CommunityId, p.RegionId, p.Title, p.FundedBy, Money.Yuan(p.BudgetFen), p.ResolutionId, p.AssemblyId, p.Basis, p.Status,
                ChinaTime.ToOffset(p.OpenedAt), p.Witnesses, [.. bids[p.Id].Select(b => new BidView(b.Id, b.Bidder, Money.Yuan(b.QuoteFen), b.Note))],
                chosen?.Bidder, chosen is null ? null : Money.Yuan(chosen.QuoteFen), chosen is null ? null : Money.Yuan(p.BudgetFen - chosen.QuoteFen), p.AwardReason,
                p.Percent, [.. steps[p.Id].Select(s => new WorksStepView(s.On, s.Percent, s.Note))], p.AcceptedOn, p.Acceptance);
        })];
    }
}
