using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>The paper side of the ballots: the list staff reconcile with the boxes, the scans and proxies' documents, and a receipt's check.</summary>
public sealed class BallotPapers(LinliDb db, AssembliesService assemblies, FileStore files, AuditLog audit, AccessScope scope)
{
    public enum Paper
    {
        Scan = 1,
        ProxyDocument = 2,
    }

    /// <summary>Every ballot of the assembly, newest first, with who entered and collected it and whether its papers are attached; never its choices.</summary>
    public async Task<IReadOnlyList<BallotLine>> ListAsync(int id, CancellationToken cancellationToken)
    {
        await assemblies.GetAsync(id, cancellationToken);
        return await (from b in db.Set<Ballot>().AsNoTracking()
                      join v in db.Set<RollVoter>() on b.VoterId equals v.Id
                      where b.AssemblyId == id
                      orderby b.EnteredAt descending, b.Id descending
                      select new { b, v.Label }).Select(x => new BallotLine(x.b.Id, x.b.VoterId, x.Label, x.b.Channel, ChinaTime.ToOffset(x.b.EnteredAt), x.b.EnteredBy,
                          x.b.CollectedBy, x.b.ProxyName, x.b.ScanFileId != null, x.b.ProxyDocumentFileId != null)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Attaches the paper ballot's scan, or the proxy's document (a ballot signed by a proxy only): a PDF or a photo,
    /// once — a second one is a 409, since what the count rests on is not replaced.
    /// </summary>
    public async Task AttachAsync(int id, int ballotId, Paper paper, Stream content, CancellationToken cancellationToken)
    {
        await assemblies.GetAsync(id, cancellationToken);
        var ballot = await db.Set<Ballot>().AsNoTracking().FirstOrDefaultAsync(b => b.Id == ballotId && b.AssemblyId == id, cancellationToken) ?? throw new NotFoundException();
        if (paper == Paper.ProxyDocument && ballot.ProxyName is null) throw new ConflictException("Assembly.NoProxy");
        var file = await files.AddDocumentAsync(content, "file", scope.UserName ?? "", cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var attached = paper == Paper.Scan
            ? await db.Set<Ballot>().Where(b => b.Id == ballotId && b.ScanFileId == null).ExecuteUpdateAsync(b => b.SetProperty(x => x.ScanFileId, file.Id), cancellationToken)
            : await db.Set<Ballot>().Where(b => b.Id == ballotId && b.ProxyDocumentFileId == null)
                .ExecuteUpdateAsync(b => b.SetProperty(x => x.ProxyDocumentFileId, file.Id), cancellationToken);
        if (attached == 0) throw new ConflictException("Assembly.PaperAttached");
        await audit.RecordAsync(paper == Paper.Scan ? "assembly.ballot.scan" : "assembly.ballot.proxy", "Assembly", id.ToString(), $"ballot={ballotId} sha256={file.Sha256}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredFile> PaperAsync(int id, int ballotId, Paper paper, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<Ballot>().Where(b => b.Id == ballotId && b.AssemblyId == id)
            .Select(b => paper == Paper.Scan ? b.ScanFileId : b.ProxyDocumentFileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>
    /// A receipt looked up by whoever holds it (the owner, or anyone they show it to): whether a ballot with it is in
    /// the assembly, how and when it came in. Read past the scope — the receipt is the key — and listed in
    /// IgnoreQueryFiltersTests; a receipt is 10 characters of 32, too many to guess.
    /// </summary>
    public async Task<ReceiptCheck?> CheckAsync(int id, string receipt, CancellationToken cancellationToken)
    {
        var normalized = receipt.Trim().ToUpperInvariant();
        if (normalized.Length != Ballot.ReceiptLength) return null;
        var ballot = await db.Set<Ballot>().IgnoreQueryFilters().AsNoTracking().Where(b => b.AssemblyId == id && b.Receipt == normalized)
            .Select(b => new { b.Receipt, b.Channel, b.EnteredAt }).FirstOrDefaultAsync(cancellationToken);
        return ballot is null ? null : new ReceiptCheck(ballot.Receipt, ballot.Channel, ChinaTime.ToOffset(ballot.EnteredAt));
    }
}
