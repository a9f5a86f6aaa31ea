using Linli.Web.Modules.Grants.Applications;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Projects;

/// <summary>
/// A project's spending as the foundation audits it: each payment with its line, payee and voucher (凭证: the
/// receipt's photo or PDF). A voucher is attached once — a replaced receipt would hide what was first shown — and
/// read by whoever sees the project.
/// </summary>
public sealed class ExpendituresService(LinliDb db, ProjectsService projects, FileStore files, AuditLog audit, AccessScope scope)
{
    public async Task<IReadOnlyList<ExpenditureView>> ListAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var lines = await db.Set<BudgetLine>().AsNoTracking().Where(l => l.ApplicationId == project.ApplicationId).ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        return [.. (await db.Set<Expenditure>().AsNoTracking().Where(e => e.ProjectId == projectId).OrderByDescending(e => e.On).ThenByDescending(e => e.Id)
                .ToListAsync(cancellationToken))
            .Select(e => new ExpenditureView(e.Id, e.BudgetLineId, lines.GetValueOrDefault(e.BudgetLineId, ""), Money.Yuan(e.AmountFen), e.On, e.Payee, e.Note,
                e.VoucherFileId is not null, e.RecordedBy))];
    }

    /// <summary>A payment recorded with its voucher, both or neither: the voucher is checked (an image or a PDF) before anything is written.</summary>
    public async Task<int> RecordAsync(int projectId, NewExpenditure input, Stream? voucher, CancellationToken cancellationToken)
    {
        var file = voucher is null ? null : await files.AddDocumentAsync(voucher, "voucher", scope.UserName ?? "", cancellationToken);
        try
        {
            return await projects.SpendAsync(projectId, input, cancellationToken, file);
        }
        catch when (file is not null)
        {
            // The payment was refused: its voucher, added but not yet written, is not kept either.
            db.Entry(file).State = EntityState.Detached;
            throw;
        }
    }

    /// <summary>Attaches the voucher (an image or a PDF, checked before anything is written); a second one is 409.</summary>
    public async Task AttachVoucherAsync(int projectId, int expenditureId, Stream? content, CancellationToken cancellationToken)
    {
        await projects.FindAsync(projectId, cancellationToken);
        if (!await db.Set<Expenditure>().AnyAsync(e => e.Id == expenditureId && e.ProjectId == projectId, cancellationToken)) throw new NotFoundException();
        if (content is null) throw new FieldValidationException("voucher", "Validation.Required");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var file = await files.AddDocumentAsync(content, "voucher", scope.UserName ?? "", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Decided by the database: of two uploads at once, the second finds a voucher already there.
        if (await db.Set<Expenditure>().Where(e => e.Id == expenditureId && e.VoucherFileId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.VoucherFileId, file.Id), cancellationToken) == 0)
            throw new ConflictException("Grant.VoucherAttached");
        await audit.RecordAsync("grant.voucher", "GrantProject", projectId.ToString(), $"expenditure={expenditureId} file={file.Id}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredFile> VoucherAsync(int projectId, int expenditureId, CancellationToken cancellationToken)
    {
        await projects.FindAsync(projectId, cancellationToken);
        var fileId = await db.Set<Expenditure>().Where(e => e.Id == expenditureId && e.ProjectId == projectId).Select(e => e.VoucherFileId).FirstOrDefaultAsync(cancellationToken);
        return fileId is { } id ? await files.FindAsync(id, cancellationToken) ?? throw new NotFoundException() : throw new NotFoundException();
    }
}
