using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>
/// Budget changes (预算调整): the project asks to move money from one line to another, the program's officers
/// approve or refuse. On approval both lines move in one transaction, and the line given up never drops below what
/// was already spent on it (a conditional update, so a payment entered meanwhile is respected).
/// </summary>
public sealed class BudgetChangesService(LinliDb db, ProjectsService projects, ProgramsService programs, AccessScope scope, AuditLog audit, TimeProvider clock)
{
    public async Task<int> RequestAsync(int projectId, NewBudgetChange input, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var lines = await db.Set<BudgetLine>().AsNoTracking().Where(l => l.ApplicationId == project.ApplicationId).ToListAsync(cancellationToken);
        var from = lines.FirstOrDefault(l => l.Id == input.FromLineId);
        var to = lines.FirstOrDefault(l => l.Id == input.ToLineId);
        if (from is null) errors["fromLineId"] = new("Grant.BudgetLineNotFound");
        if (to is null) errors["toLineId"] = new("Grant.BudgetLineNotFound");
        else if (to.Id == from?.Id) errors["toLineId"] = new("Grant.SameBudgetLine");
        var amount = Money.Fen(input.Amount);
        if (amount is null or <= 0) errors["amount"] = new("Disclosure.AmountInvalid");
        else if (from is not null && amount > from.AmountFen - from.SpentFen) errors["amount"] = new("Grant.BeyondUnspent", Money.Yuan(from.AmountFen - from.SpentFen));
        var reason = errors.Text(input.Reason, "reason", BudgetChange.MaxText);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (project.Status == ProjectStatus.Closed) throw new ConflictException("Grant.ProjectClosed");

        var change = new BudgetChange(project, from!.Id, to!.Id, amount!.Value, reason, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.change_requested", "GrantProject", projectId.ToString(), $"change={change.Id} fen={change.AmountFen}", cancellationToken);
        return change.Id;
    }

    /// <summary>Approve (the lines move) or refuse with a comment; a change is decided once (409 after).</summary>
    public async Task<BudgetChangeView> DecideAsync(int changeId, ChangeDecision input, CancellationToken cancellationToken)
    {
        var change = await db.Set<BudgetChange>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == changeId, cancellationToken) ?? throw new NotFoundException();
        var project = await projects.FindAsync(change.ProjectId, cancellationToken);
        programs.EnsureManages(await programs.FindAsync(project.ProgramId, cancellationToken));
        var errors = new Dictionary<string, FieldError>();
        if (input.Approve is null) errors["approve"] = new("Validation.Required");
        var comment = errors.Text(input.Comment, "comment", BudgetChange.MaxText, required: input.Approve == false);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var approve = input.Approve!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.Set<BudgetChange>().Where(c => c.Id == changeId && c.Status == ChangeStatus.Pending).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, approve ? ChangeStatus.Approved : ChangeStatus.Refused).SetProperty(c => c.DecidedBy, scope.UserName)
                .SetProperty(c => c.DecidedAt, now).SetProperty(c => c.Comment, FieldChecks.OrNull(comment)), cancellationToken) == 0)
            throw new ConflictException("Grant.ChangeDecided");
        if (approve)
        {
            var fen = change.AmountFen;
            if (await db.Set<BudgetLine>().Where(l => l.Id == change.FromLineId && l.AmountFen - fen >= l.SpentFen)
                    .ExecuteUpdateAsync(s => s.SetProperty(l => l.AmountFen, l => l.AmountFen - fen), cancellationToken) == 0)
                throw new ConflictException("Grant.ChangeBeyondUnspent");
            await db.Set<BudgetLine>().Where(l => l.Id == change.ToLineId).ExecuteUpdateAsync(s => s.SetProperty(l => l.AmountFen, l => l.AmountFen + fen), cancellationToken);
        }
        await audit.RecordAsync(approve ? "grant.change_approved" : "grant.change_refused", "GrantProject", change.ProjectId.ToString(), $"change={changeId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await ListAsync(change.ProjectId, cancellationToken)).First(c => c.Id == changeId);
    }

    public async Task<IReadOnlyList<BudgetChangeView>> ListAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var names = await db.Set<BudgetLine>().AsNoTracking().Where(l => l.ApplicationId == project.ApplicationId).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var changes = await db.Set<BudgetChange>().AsNoTracking().Where(c => c.ProjectId == projectId).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return [.. changes.Select(c => new BudgetChangeView(c.Id, c.FromLineId, names.GetValueOrDefault(c.FromLineId, ""), c.ToLineId, names.GetValueOrDefault(c.ToLineId, ""),
            Money.Yuan(c.AmountFen), c.Reason, c.Status, c.RequestedBy, c.RequestedAt, c.DecidedBy, c.Comment))];
    }
}
