using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>
/// Fund ledgers kept in the open: entries appended to a hash chain, corrected only by new entries, published at once
/// or after a second person's approval, and shown with their balance on the community's public page.
/// </summary>
public sealed class LedgersService(LinliDb db, Residents.ResidentPlacement placement, Platform.Files.FileStore files, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    private const int AppendAttempts = 20;

    /// <summary>A statement is due this many days after its period ends; later it is overdue.</summary>
    public const int StatementGraceDays = 15;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<FundLedger> CreateAsync(NewLedger input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var name = errors.Text(input.Name, "name", FundLedger.MaxName);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var above = input.ApprovalAbove is null ? FundLedger.DefaultApprovalAboveFen : Money.Fen(input.ApprovalAbove);
        if (above is null) errors["approvalAbove"] = new("Disclosure.AmountInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var ledger = new FundLedger(input.CommunityId.Value, name, input.Kind!.Value, above!.Value, scope.UserName ?? "", Now);
        db.Add(ledger);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("ledger.created", "Ledger", ledger.Id.ToString(), $"community={ledger.CommunityId} kind={ledger.Kind}", cancellationToken);
        return ledger;
    }

    public async Task<FundLedger> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<FundLedger>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<LedgerView>> ListAsync(int? communityId, CancellationToken cancellationToken)
    {
        var ledgers = await db.Set<FundLedger>().AsNoTracking().Where(l => communityId == null || l.CommunityId == communityId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var views = new List<LedgerView>(ledgers.Count);
        foreach (var ledger in ledgers) views.Add(await ViewAsync(ledger, cancellationToken));
        return views;
    }

    public async Task<LedgerView> ViewAsync(int id, CancellationToken cancellationToken) => await ViewAsync(await GetAsync(id, cancellationToken), cancellationToken);

    /// <summary>
    /// A ledger for staff, every entry counted: income less expense summed by the database, each corrected entry in
    /// the place of its latest correction; the number of entries and the chain head. A long ledger is never loaded.
    /// </summary>
    private async Task<LedgerView> ViewAsync(FundLedger l, CancellationToken cancellationToken)
    {
        var entries = db.Set<LedgerEntry>().AsNoTracking().Where(e => e.LedgerId == l.Id);
        var balance = await entries.Where(e => !entries.Any(c => c.CorrectsId == e.Id))
            .SumAsync(e => e.Direction == Direction.Income ? e.AmountFen : -e.AmountFen, cancellationToken);
        var head = await entries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken) ?? LedgerEntry.Genesis;
        return new LedgerView(l.Id, l.CommunityId, l.Name, l.Kind, Money.Yuan(l.ApprovalAboveFen), Money.Yuan(balance), await entries.CountAsync(cancellationToken), head,
            l.ClosedThrough, l.StatementEvery, (await OwedStatementAsync(l, cancellationToken))?.Name);
    }

    /// <summary>
    /// The statement the ledger owes and has not published, once its period has been over for
    /// <see cref="StatementGraceDays"/> days: the latest such period of the ledger's cadence that ended after the ledger
    /// was opened. None when up to date.
    /// </summary>
    public async Task<Period?> OwedStatementAsync(FundLedger ledger, CancellationToken cancellationToken)
    {
        var owed = Period.Containing(ledger.StatementEvery, ChinaTime.Today(clock).AddDays(-StatementGraceDays)).Previous;
        if (owed.To < DateOnly.FromDateTime(ChinaTime.FromUtc(ledger.CreatedAt))) return null;
        // A statement covering the whole period (a half year covers its quarters; months do not make a quarter).
        var covered = await db.Set<LedgerStatement>().AnyAsync(s => s.LedgerId == ledger.Id && s.From <= owed.From && s.To >= owed.To, cancellationToken);
        return covered ? null : owed;
    }

    public Task<LedgerEntry> RecordAsync(int ledgerId, NewEntry input, CancellationToken cancellationToken) => RecordEntryAsync(ledgerId, input, null, false, cancellationToken);

    /// <summary>
    /// An entry with its voucher (a receipt's photo or PDF), as the console records it: an expense needs one there.
    /// The voucher is checked before anything is written and stored in the entry's transaction; its digest joins the hash.
    /// </summary>
    public async Task<LedgerEntry> RecordAsync(int ledgerId, NewEntry input, Stream? voucher, bool voucherRequired, CancellationToken cancellationToken)
    {
        var missing = voucherRequired && voucher is null && input.Direction == Direction.Expense;
        var file = voucher is null ? null : await files.AddDocumentAsync(voucher, "voucher", scope.UserName ?? "", cancellationToken);
        try
        {
            return await RecordEntryAsync(ledgerId, input, file, missing, cancellationToken);
        }
        catch
        {
            // Not written: the entry was refused, so the voucher is not kept either.
            if (file is not null) db.Entry(file).State = EntityState.Detached;
            throw;
        }
    }

    private async Task<LedgerEntry> RecordEntryAsync(int ledgerId, NewEntry input, Platform.Files.StoredFile? voucher, bool voucherMissing, CancellationToken cancellationToken)
    {
        var ledger = await GetAsync(ledgerId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (input.On is null) errors["on"] = new("Validation.Required");
        else if (input.On > ChinaTime.Today(clock)) errors["on"] = new("Disclosure.DateFuture");
        else if (input.On <= ledger.ClosedThrough) errors["on"] = Closed(ledger.ClosedThrough.Value);
        if (input.Direction is not { } direction || !Enum.IsDefined(direction)) errors["direction"] = new("Validation.Required");
        var fen = Money.Fen(input.Amount);
        if (fen is null) errors["amount"] = new("Disclosure.AmountInvalid");
        var category = errors.Text(input.Category, "category", LedgerEntry.MaxCategory);
        var counterparty = errors.Text(input.Counterparty, "counterparty", LedgerEntry.MaxCounterparty);
        if (voucherMissing) errors["voucher"] = new("Disclosure.VoucherRequired");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var content = new EntryContent(input.On!.Value, input.Direction!.Value, fen!.Value, category, counterparty, null, null, voucher?.Sha256);
        var entry = await AppendAsync(ledger, content, input.Publish ?? false, voucher?.Id, voucher, cancellationToken);
        await audit.RecordAsync("ledger.entry", "Ledger", ledgerId.ToString(), $"entry={entry.Id} seq={entry.Sequence} hash={entry.Hash}", cancellationToken);
        return entry;
    }

    /// <summary>
    /// A correction: a new entry naming the one it corrects, with the right amount and the reason, the rest as the
    /// original; published as the original was asked to be. Only the latest version of an entry can be corrected —
    /// a unique index on what is corrected keeps two corrections of one entry out under any race.
    /// </summary>
    public async Task<LedgerEntry> CorrectAsync(int entryId, NewCorrection input, CancellationToken cancellationToken)
    {
        var original = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var fen = Money.Fen(input.Amount);
        if (fen is null) errors["amount"] = new("Disclosure.AmountInvalid");
        var reason = errors.Text(input.Reason, "reason", LedgerEntry.MaxReason);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (await db.Set<LedgerEntry>().AnyAsync(e => e.CorrectsId == entryId, cancellationToken)) throw new ConflictException("Disclosure.AlreadyCorrected");
        var ledger = await GetAsync(original.LedgerId, cancellationToken);
        // An entry of a period whose statement is published is corrected in the current period: the statement stays as published.
        var on = original.On <= ledger.ClosedThrough ? ChinaTime.Today(clock) : original.On;
        var content = original.Content with { On = on, AmountFen = fen!.Value, CorrectsId = original.Id, Reason = reason };
        var entry = await AppendAsync(ledger, content, original.PublishRequested, original.VoucherFileId, null, cancellationToken);
        await audit.RecordAsync("ledger.correction", "Ledger", ledger.Id.ToString(), $"entry={entry.Id} corrects={original.Id} hash={entry.Hash}", cancellationToken);
        return entry;
    }

    /// <summary>
    /// Appends at the chain's end: the next sequence number and the last hash, read and written in one go; when
    /// another entry took the number first, the unique index refuses this one and the end is read again.
    /// </summary>
    private async Task<LedgerEntry> AppendAsync(FundLedger ledger, EntryContent content, bool publish, Guid? voucherId, Platform.Files.StoredFile? newVoucher,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.LedgerId == ledger.Id).OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
            var entry = new LedgerEntry(ledger, (last?.Sequence ?? 0) + 1, last?.Hash ?? LedgerEntry.Genesis, content, publish, scope.UserName ?? "", Now);
            if (voucherId is { } voucher) entry.Voucher(voucher);
            // A retry cleared the context: the new voucher is written again with this attempt.
            if (newVoucher is not null && db.Entry(newVoucher).State == EntityState.Detached) db.Add(newVoucher);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Written on the ledger's row first: a statement being published waits for this entry, or this entry for it.
            var open = await db.Set<FundLedger>().Where(l => l.Id == ledger.Id && (l.ClosedThrough == null || l.ClosedThrough < content.On))
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.PublishedEntries, x => x.PublishedEntries), cancellationToken);
            if (open == 0)
            {
                var through = await db.Set<FundLedger>().Where(l => l.Id == ledger.Id).Select(l => l.ClosedThrough).FirstAsync(cancellationToken);
                throw new FieldValidationException(new Dictionary<string, FieldError> { ["on"] = Closed(through ?? content.On) });
            }
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (entry.PublishedAt is not null) await CountPublishedAsync(entry, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return entry;
            }
            catch (DbUpdateException failed) when (UniqueViolation.Is(failed))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                if (content.CorrectsId is not null && await db.Set<LedgerEntry>().AnyAsync(e => e.CorrectsId == content.CorrectsId, cancellationToken))
                    throw new ConflictException("Disclosure.AlreadyCorrected");
                if (attempt == AppendAttempts) throw new ConflictException("Disclosure.Busy");
            }
        }
    }

    /// <summary>
    /// Adds a newly published entry to its ledger's published balance and count, inside the caller's transaction: a
    /// correction replaces the published entry it corrects (its amount taken out, the new one put in); an entry whose
    /// correction was published before it (it waited for approval) adds nothing.
    /// </summary>
    private async Task CountPublishedAsync(LedgerEntry entry, CancellationToken cancellationToken)
    {
        var replaced = await db.Set<LedgerEntry>().AnyAsync(c => c.CorrectsId == entry.Id && c.PublishedAt != null, cancellationToken);
        var change = replaced ? 0 : Signed(entry.Direction, entry.AmountFen);
        if (entry.CorrectsId is { } corrected
            && await db.Set<LedgerEntry>().Where(e => e.Id == corrected && e.PublishedAt != null).Select(e => new { e.Direction, e.AmountFen }).FirstOrDefaultAsync(cancellationToken)
                is { } original)
            change -= Signed(original.Direction, original.AmountFen);
        await db.Set<FundLedger>().Where(l => l.Id == entry.LedgerId).ExecuteUpdateAsync(l => l
            .SetProperty(x => x.PublishedBalanceFen, x => x.PublishedBalanceFen + change).SetProperty(x => x.PublishedEntries, x => x.PublishedEntries + 1), cancellationToken);
    }

    private static FieldError Closed(DateOnly through) => new("Disclosure.PeriodClosed", through.ToString("yyyy-MM-dd"));

    private static long Signed(Direction direction, long fen) => direction == Direction.Income ? fen : -fen;

    /// <summary>A second person approves an entry above the ledger's amount; one asked to be published is published then.</summary>
    public async Task ApproveAsync(int entryId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken) ?? throw new NotFoundException();
        var by = scope.UserName ?? "";
        if (string.Equals(entry.RecordedBy, by, StringComparison.Ordinal)) throw new ConflictException("Disclosure.SecondPerson");
        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var approved = await db.Set<LedgerEntry>().Where(e => e.Id == entryId && e.ApprovedBy == null && e.PublishedAt == null).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.ApprovedBy, by).SetProperty(x => x.ApprovedAt, now)
            .SetProperty(x => x.PublishedAt, x => x.PublishRequested ? now : (DateTime?)null), cancellationToken);
        if (approved == 0) throw new ConflictException("Disclosure.NothingToApprove");
        if (entry.PublishRequested) await CountPublishedAsync(entry, cancellationToken);
        await audit.RecordAsync("ledger.approved", "Ledger", entry.LedgerId.ToString(), $"entry={entryId}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<EntryView>> EntriesAsync(int ledgerId, CancellationToken cancellationToken)
    {
        var ledger = await GetAsync(ledgerId, cancellationToken);
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.LedgerId == ledgerId).OrderByDescending(e => e.Sequence).ToListAsync(cancellationToken);
        var correctedBy = entries.Where(e => e.CorrectsId is not null).ToDictionary(e => e.CorrectsId!.Value, e => e.Id);
        return [.. entries.Select(e => View(ledger, e, correctedBy.TryGetValue(e.Id, out var by) ? by : null))];
    }

    /// <summary>An entry's voucher, for staff.</summary>
    public async Task<Platform.Files.StoredFile> VoucherAsync(int entryId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<LedgerEntry>().Where(e => e.Id == entryId).Select(e => e.VoucherFileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    public async Task<EntryView> EntryAsync(int entryId, CancellationToken cancellationToken)
    {
        var entry = await db.Set<LedgerEntry>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, cancellationToken) ?? throw new NotFoundException();
        var correctedBy = await db.Set<LedgerEntry>().Where(e => e.CorrectsId == entryId).Select(e => (int?)e.Id).FirstOrDefaultAsync(cancellationToken);
        return View(await GetAsync(entry.LedgerId, cancellationToken), entry, correctedBy);
    }

    private static EntryView View(FundLedger ledger, LedgerEntry e, int? correctedBy) =>
        new(e.Id, e.Sequence, e.On, e.Direction, Money.Yuan(e.AmountFen), e.Category, e.Counterparty, e.CorrectsId, correctedBy, e.Reason, e.RecordedBy, e.ApprovedBy,
            e.PublishedAt is not null, e.PublishRequested && e.PublishedAt is null && e.AmountFen > ledger.ApprovalAboveFen, e.Hash, e.VoucherFileId is not null);

    /// <summary>Every entry of a ledger as a sheet, in the chain's order, with its state, what it corrects and its hash.</summary>
    public async Task<byte[]> ExportAsync(int ledgerId, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(ledgerId, cancellationToken);
        var sequenceOf = entries.ToDictionary(e => e.Id, e => e.Sequence);
        await audit.RecordAsync("ledger.exported", "Ledger", ledgerId.ToString(), $"entries={entries.Count}", cancellationToken);
        return Platform.Exports.Xlsx.Write("账目",
            ["序号", "日期", "收支", "金额（元）", "科目", "付款人／收款方", "更正第几号", "更正原因", "记账人", "审核人", "状态", "哈希"],
            entries.OrderBy(e => e.Sequence).Select(e => (IReadOnlyList<object?>)
            [
                e.Sequence, e.On.ToString("yyyy-MM-dd"), e.Direction == Direction.Income ? "收入" : "支出", e.Amount, e.Category, e.Counterparty,
                e.Corrects is { } c ? sequenceOf[c] : null, e.Reason, e.RecordedBy, e.ApprovedBy,
                e.CorrectedBy is not null ? "已被更正" : e.Published ? "已公开" : e.AwaitingApproval ? "待审核" : "未公开", e.Hash,
            ]));
    }

    public const int PublicPage = 50;
    public const int MaxPage = 500;

    /// <summary>
    /// A community's ledgers as anyone sees them (no sign-in; read past the scope, listed in IgnoreQueryFiltersTests):
    /// published entries only, newest first, the first page of each; an income's payer masked; the balance of what is
    /// published (kept on the ledger as each entry is published) and the chain head.
    /// </summary>
    public async Task<IReadOnlyList<PublicLedgerView>> PublicAsync(int communityId, CancellationToken cancellationToken)
    {
        var ledgers = await db.Set<FundLedger>().IgnoreQueryFilters().AsNoTracking().Where(l => l.CommunityId == communityId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        var views = new List<PublicLedgerView>(ledgers.Count);
        foreach (var ledger in ledgers) views.Add(await PublicLedgerAsync(ledger, null, PublicPage, cancellationToken));
        return views;
    }

    /// <summary>One public ledger, a page of its published entries before a sequence number (older pages of a long ledger).</summary>
    public async Task<PublicLedgerView> PublicLedgerAsync(int ledgerId, int? before, int? take, CancellationToken cancellationToken)
    {
        var ledger = await db.Set<FundLedger>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.Id == ledgerId, cancellationToken) ?? throw new NotFoundException();
        if (take is < 1 or > MaxPage) throw new FieldValidationException("take", "Validation.Range", 1, MaxPage);
        return await PublicLedgerAsync(ledger, before, take ?? PublicPage, cancellationToken);
    }

    private async Task<PublicLedgerView> PublicLedgerAsync(FundLedger ledger, int? before, int take, CancellationToken cancellationToken)
    {
        var published = db.Set<LedgerEntry>().IgnoreQueryFilters().AsNoTracking().Where(e => e.LedgerId == ledger.Id && e.PublishedAt != null);
        var head = await db.Set<LedgerEntry>().IgnoreQueryFilters().Where(e => e.LedgerId == ledger.Id).OrderByDescending(e => e.Sequence).Select(e => e.Hash)
            .FirstOrDefaultAsync(cancellationToken) ?? LedgerEntry.Genesis;
        var page = await published.Where(e => before == null || e.Sequence < before).OrderByDescending(e => e.Sequence).Take(take).ToListAsync(cancellationToken);
        var ids = page.Select(e => e.Id).ToList();
        var correctedBy = await published.Where(c => c.CorrectsId != null && ids.Contains(c.CorrectsId.Value)).ToDictionaryAsync(c => c.CorrectsId!.Value, c => c.Id, cancellationToken);
        return new PublicLedgerView(ledger.Id, ledger.Name, ledger.Kind, Money.Yuan(ledger.PublishedBalanceFen), head, ledger.PublishedEntries,
            [.. page.Select(e => new PublicEntryView(e.Id, e.Sequence, e.On, e.Direction, Money.Yuan(e.AmountFen), e.Category,
                e.Direction == Direction.Income ? Mask.Name(e.Counterparty) ?? "" : e.Counterparty, e.CorrectsId, correctedBy.TryGetValue(e.Id, out var by) ? by : null, e.Reason))]);
    }

    /// <summary>
    /// Recomputes every entry's hash from its content and the hash before it (read past the scope for the public
    /// check, listed in IgnoreQueryFiltersTests): valid only if the whole chain holds. Says which entry breaks it, nothing of its content.
    /// </summary>
    public async Task<ChainCheck> VerifyAsync(int ledgerId, CancellationToken cancellationToken)
    {
        if (!await db.Set<FundLedger>().IgnoreQueryFilters().AnyAsync(l => l.Id == ledgerId, cancellationToken)) throw new NotFoundException();
        var previous = LedgerEntry.Genesis;
        var count = 0;
        int? broken = null;
        await foreach (var e in db.Set<LedgerEntry>().IgnoreQueryFilters().AsNoTracking().Where(e => e.LedgerId == ledgerId).OrderBy(e => e.Sequence).AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            count++;
            if (broken is null && (e.Sequence != count || e.PreviousHash != previous || LedgerEntry.HashOf(e.Sequence, previous, e.Content, e.RecordedBy) != e.Hash))
                broken = e.Sequence;
            previous = e.Hash;
        }
        return new ChainCheck(broken is null, count, previous, broken);
    }
}
