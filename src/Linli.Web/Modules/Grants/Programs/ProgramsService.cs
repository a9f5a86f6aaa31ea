using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Programs;

/// <summary>Programs: a district (or the platform) sets one up; everyone working inside its region sees it.</summary>
public sealed class ProgramsService(LinliDb db, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public const int MaxCategories = 20;

    public async Task<int> CreateAsync(NewProgram input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(input.Name, "name", GrantProgram.MaxName);
        var budget = Money.Fen(input.Budget);
        if (budget is null) errors["budget"] = new("Disclosure.AmountInvalid");
        var categories = (input.Categories ?? []).Select(c => c?.Trim() ?? "").ToList();
        if (categories.Count is 0 or > MaxCategories || categories.Any(c => c.Length is 0 or > GrantCategory.MaxName)
            || categories.Distinct().Count() != categories.Count)
            errors["categories"] = new("Grant.CategoriesInvalid", MaxCategories);
        var caps = new Dictionary<string, long>();
        foreach (var (category, cap) in input.CategoryCaps ?? new Dictionary<string, decimal>())
        {
            if (!categories.Contains(category.Trim()) || Money.Fen(cap) is not { } fen || fen > budget) errors["categoryCaps"] = new("Grant.CapInvalid");
            else caps[category.Trim()] = fen;
        }
        var funder = errors.Text(input.Funder, "funder", GrantProgram.MaxName, required: false);
        var manager = errors.Text(input.Manager, "manager", GrantProgram.MaxName, required: false);
        var guidelines = errors.Text(input.Guidelines, "guidelines", GrantProgram.MaxText, required: false);
        if (input.ReportDay is < 1 or > 28) errors["reportDay"] = new("Validation.Range", 1, 28);
        if (input.StartsOn is { } starts && input.ClosesOn is { } closes && closes <= starts) errors["closesOn"] = new("Grant.EndsBeforeStart");
        var region = input.RegionId is { } regionId ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == regionId, cancellationToken) : null;
        if (region is null || region.Kind is not (RegionKind.District or RegionKind.Street) || !scope.Covers(region.Path)) errors["regionId"] = new("Grant.RegionNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var program = new GrantProgram(region!.Id, region.Path, name, budget!.Value, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        program.Describe(FieldChecks.OrNull(funder), FieldChecks.OrNull(manager), FieldChecks.OrNull(guidelines));
        program.Schedule(input.CallClosesOn, input.StartsOn, input.MidtermOn, input.ClosesOn, input.ReportDay ?? GrantProgram.DefaultReportDay);
        db.Add(program);
        await db.SaveChangesAsync(cancellationToken);
        db.AddRange(categories.Select(c => new GrantCategory(program, c, caps.TryGetValue(c, out var cap) ? cap : null)));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.program-created", "GrantProgram", program.Id.ToString(), $"region={program.RegionId} budgetFen={program.BudgetFen}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return program.Id;
    }

    public async Task<IReadOnlyList<ProgramLine>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<GrantProgram>().AsNoTracking().OrderByDescending(p => p.Id).Take(200)
            .Select(p => new ProgramLine(p.Id, p.Name, p.RegionId, Money.Yuan(p.BudgetFen), Money.Yuan(p.AwardedFen),
                db.Set<GrantApplication>().Count(a => a.ProgramId == p.Id), db.Set<GrantProject>().Count(g => g.ProgramId == p.Id)))
            .ToListAsync(cancellationToken);

    public async Task<ProgramView> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var p = await FindAsync(id, cancellationToken);
        var categories = await db.Set<GrantCategory>().AsNoTracking().Where(c => c.ProgramId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return new ProgramView(p.Id, p.Name, p.RegionId, p.Funder, p.Manager, p.Guidelines, Money.Yuan(p.BudgetFen), Money.Yuan(p.AwardedFen),
            [.. categories.Select(c => new CategoryView(c.Name, c.CapFen is { } cap ? Money.Yuan(cap) : null, Money.Yuan(c.AwardedFen)))],
            p.CallClosesOn, p.StartsOn, p.MidtermOn, p.ClosesOn, p.ReportDay);
    }

    /// <summary>
    /// The communities inside a program's region, by name, for the application form. An organization's account sees no
    /// region, yet applies with one of them: the names of the tree pass the filter (listed in IgnoreQueryFiltersTests).
    /// </summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CommunitiesAsync(GrantProgram program, CancellationToken cancellationToken) =>
        [.. (await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Kind == RegionKind.Community && r.Path.StartsWith(program.RegionPath))
            .OrderBy(r => r.Path).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(r => (r.Id, r.Name))];

    public async Task<GrantProgram> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<GrantProgram>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>Seeing a program is not running it: only officers whose region holds it (or the platform) award and review reports.</summary>
    public void EnsureManages(GrantProgram program)
    {
        if (!scope.Covers(program.RegionPath)) throw new ForbiddenException();
    }
}
