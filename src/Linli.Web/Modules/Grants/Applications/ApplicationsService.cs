using System.Security.Claims;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Modules.Partners;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Applications;

/// <summary>Applications: submitted jointly by an organization and a community, endorsed by the community, scored by reviewers.</summary>
public sealed class ApplicationsService(LinliDb db, ProgramsService programs, PartnerDirectory partners, Shortlist.ShortlistService shortlist, AccessScope scope,
    Microsoft.AspNetCore.Authorization.IAuthorizationService authorization, AuditLog audit, TimeProvider clock)
{
    public const int MaxIndicators = 20, MaxBudgetLines = 30, MaxMilestones = 30;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<int> ApplyAsync(int programId, NewApplication input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var program = await programs.FindAsync(programId, cancellationToken);
        var categories = await db.Set<GrantCategory>().AsNoTracking().Where(c => c.ProgramId == programId).ToListAsync(cancellationToken);
        var asOrganization = await authorization.AllowsAsync(user, GrantsPolicies.Organization);
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", GrantApplication.MaxTitle);
        var category = categories.FirstOrDefault(c => c.Name == input.Category?.Trim());
        if (category is null) errors["category"] = new("Grant.CategoryUnknown");
        var requested = Money.Fen(input.Requested);
        if (requested is null) errors["requested"] = new("Disclosure.AmountInvalid");
        else if (requested > (category?.CapFen ?? program.BudgetFen)) errors["requested"] = new("Grant.AboveCap", Money.Yuan(category?.CapFen ?? program.BudgetFen));
        var organization = input.OrganizationId is { } organizationId ? await partners.FindAsync(organizationId, cancellationToken) : null;
        if (organization is null || !PartnerDirectory.Carriers.Contains(organization.Kind)) errors["organizationId"] = new("Grant.OrganizationNotFound");
        else if (asOrganization && !scope.OrganizationIds.Contains(organization.Id)) errors["organizationId"] = new("Grant.NotYourOrganization");
        if (input.CommunityId is not { } communityId || !await IsCommunityOfAsync(communityId, program.RegionPath, cancellationToken))
            errors["communityId"] = new("Grant.CommunityNotInProgram");
        else if (!asOrganization && !scope.CoversCommunity(communityId)) errors["communityId"] = new("Grant.CommunityNotInProgram");
        var summary = errors.Text(input.Summary, "summary", GrantApplication.MaxText, required: false);
        var background = errors.Text(input.Background, "background", GrantApplication.MaxText, required: false);
        var targetGroups = errors.Text(input.TargetGroups, "targetGroups", GrantApplication.MaxShort, required: false);
        if (input.TargetPopulation is < 1 or > 10_000_000) errors["targetPopulation"] = new("Validation.Range", 1, 10_000_000);
        var plan = errors.Text(input.ServicePlan, "servicePlan", GrantApplication.MaxText, required: false);
        var logic = errors.Text(input.LogicModel, "logicModel", GrantApplication.MaxText, required: false);
        var worker = errors.Text(input.SocialWorker, "socialWorker", GrantApplication.MaxShort, required: false);
        var supervisor = errors.Text(input.Supervisor, "supervisor", GrantApplication.MaxShort, required: false);
        var indicators = CheckIndicators(input.Indicators ?? [], errors);
        var lines = CheckBudgetLines(input.BudgetLines ?? [], requested, errors);
        var milestones = CheckMilestones(input.Milestones ?? [], errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (program.CallClosesOn is { } closes && ChinaTime.Today(clock) > closes) throw new ConflictException("Grant.CallClosed");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var application = new GrantApplication(programId, input.CommunityId!.Value, organization!.Id, title, category!.Name, requested!.Value, scope.UserName ?? "", Now);
        application.Describe(FieldChecks.OrNull(summary), FieldChecks.OrNull(background), FieldChecks.OrNull(targetGroups), input.TargetPopulation, FieldChecks.OrNull(plan), FieldChecks.OrNull(logic), FieldChecks.OrNull(worker), FieldChecks.OrNull(supervisor));
        // The community's own staff, or the program's officers entering the stamped paper form, endorse as they submit.
        if (await authorization.AllowsAsync(user, GrantsPolicies.Endorse) || await authorization.AllowsAsync(user, GrantsPolicies.Manage))
            application.Endorse(scope.UserName ?? "", Now);
        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(indicators.Select(i => new ApplicationIndicator(application.Id, i.Key, i.Label, i.Target)));
        db.AddRange(lines.Select(l => new BudgetLine(application.Id, l.Name, l.Fen)));
        db.AddRange(milestones.Select(m => new Milestone(application.Id, m.Name, m.DueOn)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.applied", "GrantApplication", application.Id.ToString(),
            $"program={programId} community={application.CommunityId} organization={application.OrganizationId} requestedFen={application.RequestedFen}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return application.Id;
    }

    private static List<(IndicatorKey Key, string? Label, decimal Target)> CheckIndicators(IReadOnlyList<NewIndicator> input, Dictionary<string, FieldError> errors)
    {
        var list = new List<(IndicatorKey, string?, decimal)>();
        if (input.Count > MaxIndicators) errors["indicators"] = new("Validation.MaxLength", MaxIndicators);
        foreach (var (indicator, n) in input.Select((i, n) => (i, n)))
        {
            var label = indicator?.Label?.Trim();
            if (indicator?.Key is not { } key || !Enum.IsDefined(key)) errors[$"indicators[{n}].key"] = new("Grant.IndicatorUnknown");
            else if (indicator.Target is not { } target || target <= 0 || target > 100_000_000) errors[$"indicators[{n}].target"] = new("Validation.Range", 1, 100_000_000);
            else if (key == IndicatorKey.Satisfaction && target > 5) errors[$"indicators[{n}].target"] = new("Validation.Range", 1, 5);
            else if (key == IndicatorKey.Custom && string.IsNullOrEmpty(label)) errors[$"indicators[{n}].label"] = new("Grant.CustomNeedsLabel");
            else if (label is { Length: > ApplicationIndicator.MaxLabel }) errors[$"indicators[{n}].label"] = new("Validation.MaxLength", ApplicationIndicator.MaxLabel);
            else if (key != IndicatorKey.Custom && list.Any(i => i.Item1 == key)) errors[$"indicators[{n}].key"] = new("Grant.IndicatorTwice");
            else list.Add((key, key == IndicatorKey.Custom ? label : null, target));
        }
        return list;
    }

    private static List<(string Name, long Fen)> CheckBudgetLines(IReadOnlyList<NewBudgetLine> input, long? requested, Dictionary<string, FieldError> errors)
    {
        var list = new List<(string, long)>();
        if (input.Count > MaxBudgetLines) errors["budgetLines"] = new("Validation.MaxLength", MaxBudgetLines);
        foreach (var (line, n) in input.Select((l, n) => (l, n)))
        {
            var name = line?.Name?.Trim() ?? "";
            if (name.Length is 0 or > BudgetLine.MaxName) errors[$"budgetLines[{n}].name"] = new("Validation.Required");
            else if (Money.Fen(line!.Amount) is not { } fen) errors[$"budgetLines[{n}].amount"] = new("Disclosure.AmountInvalid");
            else list.Add((name, fen));
        }
        if (requested is { } total && list.Count > 0 && list.Sum(l => l.Item2) != total) errors["budgetLines"] = new("Grant.LinesMustAddUp", Money.Yuan(total));
        return list;
    }

    private static List<(string Name, DateOnly DueOn)> CheckMilestones(IReadOnlyList<NewMilestone> input, Dictionary<string, FieldError> errors)
    {
        var list = new List<(string, DateOnly)>();
        if (input.Count > MaxMilestones) errors["milestones"] = new("Validation.MaxLength", MaxMilestones);
        foreach (var (milestone, n) in input.Select((m, n) => (m, n)))
        {
            var name = milestone?.Name?.Trim() ?? "";
            if (name.Length is 0 or > Milestone.MaxName) errors[$"milestones[{n}].name"] = new("Validation.Required");
            else if (milestone!.DueOn is not { } due) errors[$"milestones[{n}].dueOn"] = new("Validation.Required");
            else list.Add((name, due));
        }
        return list;
    }

    /// <summary>The community endorses (or declines) an application an organization submitted on its own.</summary>
    public async Task EndorseAsync(int id, Endorsement input, CancellationToken cancellationToken)
    {
        var application = await db.Set<GrantApplication>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (!scope.CoversCommunity(application.CommunityId)) throw new ForbiddenException();
        if (input.Endorse is not { } endorse) throw new FieldValidationException("endorse", "Validation.Required");
        if (!endorse && string.IsNullOrWhiteSpace(input.Reason)) throw new FieldValidationException("reason", "Grant.ReasonRequired");
        if (application.Status != ApplicationStatus.Submitted || application.EndorsedAt is not null) throw new ConflictException("Grant.AlreadyDecided");
        if (endorse) application.Endorse(scope.UserName ?? "", Now);
        else application.Decline();
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(endorse ? "grant.endorsed" : "grant.endorsement-refused", "GrantApplication", id.ToString(), input.Reason?.Trim() ?? "", cancellationToken);
    }

    /// <summary>
    /// A reviewer's score, or their declared conflict (which may not carry one). Nobody working for the applying
    /// organization reviews it; each reviewer once; only while the application waits for its decision, endorsed.
    /// </summary>
    public async Task<int> ReviewAsync(int id, NewReview input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = await db.Set<GrantApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();
        var reviewer = user.UserId();
        if (await partners.WorksForAsync(reviewer, application.OrganizationId, cancellationToken)) throw new ConflictException("Grant.OwnApplication");
        var errors = new Dictionary<string, FieldError>();
        var conflict = input.ConflictOfInterest ?? false;
        if (conflict && input.Score is not null) errors["score"] = new("Grant.ConflictCannotScore");
        else if (!conflict && input.Score is not (>= 0 and <= 100)) errors["score"] = new("Validation.Range", 0, 100);
        else if (input.Score is { } score && decimal.Round(score, 1) != score) errors["score"] = new("Grant.ScoreOneDecimal");
        var comment = errors.Text(input.Comment, "comment", ApplicationReview.MaxComment, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (application.Status != ApplicationStatus.Submitted) throw new ConflictException("Grant.AlreadyDecided");
        if (application.EndorsedAt is null) throw new ConflictException("Grant.NotEndorsed");
        var review = new ApplicationReview(application, reviewer, user.Identity?.Name ?? "", conflict ? null : input.Score, conflict, FieldChecks.OrNull(comment), Now);
        db.Add(review);
        await db.SaveOrConflictAsync("Grant.AlreadyReviewed", cancellationToken);
        await audit.RecordAsync("grant.reviewed", "GrantApplication", id.ToString(), conflict ? "conflict declared" : $"score={review.Score}", cancellationToken);
        return review.Id;
    }

    /// <summary>
    /// The award: at most what was requested, after at least one review that scored and, for an application on a
    /// shortlist notice, after its objection period with every objection answered; the program's budget and the
    /// category's cap are decided by conditional updates, so two awards at once cannot pass them together.
    /// </summary>
    public async Task<int> AwardAsync(int id, NewAward input, CancellationToken cancellationToken)
    {
        var application = await db.Set<GrantApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();
        var program = await programs.FindAsync(application.ProgramId, cancellationToken);
        programs.EnsureManages(program);
        var errors = new Dictionary<string, FieldError>();
        var amount = Money.Fen(input.Amount);
        if (amount is null) errors["amount"] = new("Disclosure.AmountInvalid");
        else if (amount > application.RequestedFen) errors["amount"] = new("Grant.AboveRequested", Money.Yuan(application.RequestedFen));
        if (input.StartsOn is null) errors["startsOn"] = new("Validation.Required");
        if (input.EndsOn is null) errors["endsOn"] = new("Validation.Required");
        else if (input.StartsOn is { } starts && input.EndsOn <= starts) errors["endsOn"] = new("Grant.EndsBeforeStart");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (application.Status != ApplicationStatus.Submitted) throw new ConflictException("Grant.AlreadyDecided");
        if (!await db.Set<ApplicationReview>().AnyAsync(r => r.ApplicationId == id && !r.ConflictOfInterest, cancellationToken))
            throw new ConflictException("Grant.NotReviewed");
        await shortlist.EnsureAwardableAsync(id, amount!.Value, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fen = amount!.Value;
        if (await db.Set<GrantProgram>().Where(p => p.Id == program.Id && p.AwardedFen + fen <= p.BudgetFen)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.AwardedFen, p => p.AwardedFen + fen), cancellationToken) == 0)
            throw new ConflictException("Grant.OverBudget", new Dictionary<string, object?> { ["remaining"] = Money.Yuan(program.BudgetFen - program.AwardedFen) });
        if (await db.Set<GrantCategory>().Where(c => c.ProgramId == program.Id && c.Name == application.Category && (c.CapFen == null || c.AwardedFen + fen <= c.CapFen))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.AwardedFen, c => c.AwardedFen + fen), cancellationToken) == 0)
            throw new ConflictException("Grant.OverCategoryCap");
        if (await db.Set<GrantApplication>().Where(a => a.Id == id && a.Status == ApplicationStatus.Submitted)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Awarded), cancellationToken) == 0)
            throw new ConflictException("Grant.AlreadyDecided");
        var project = new GrantProject(application, fen, input.StartsOn!.Value, input.EndsOn!.Value, scope.UserName ?? "", Now);
        db.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.awarded", "GrantApplication", id.ToString(), $"project={project.Id} fen={fen}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return project.Id;
    }

    /// <summary>
    /// Whether the id is a community inside the program's region. An organization's account sees no region, yet names
    /// the community it applies with; the tree is no one's personal data, so this one read passes the filter (listed in
    /// IgnoreQueryFiltersTests) and answers only yes or no.
    /// </summary>
    private Task<bool> IsCommunityOfAsync(int communityId, string programPath, CancellationToken cancellationToken) =>
        db.Regions.IgnoreQueryFilters().AnyAsync(r => r.Id == communityId && r.Kind == Platform.Regions.RegionKind.Community && r.Path.StartsWith(programPath),
            cancellationToken);
}
