using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>
/// Statements by period (收支报表): computed from the published entries when published, frozen, the period closed to new
/// entries (what a ledger owes is <see cref="LedgersService.OwedStatementAsync"/>).
/// </summary>
public sealed class StatementsService(LinliDb db, LedgersService ledgers, Platform.Hosting.PublicAddress address, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Publishes the statement of an ended period. The ledger's row is updated first (its closing date), so an entry
    /// being recorded on the same ledger waits for this transaction or this one for it; then every published entry of
    /// the period is summed by category, each correction counted as the difference it makes. Entries still waiting
    /// for approval in the period hold the statement back (409); a period already published is a 409.
    /// </summary>
    public async Task<LedgerStatement> PublishAsync(int ledgerId, NewStatement input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        if (input.Year is not { } year || year < 2000 || year > 2100) errors["year"] = new("Validation.Range", 2000, 2100);
        var count = input.Kind is { } k && Enum.IsDefined(k) ? Period.CountIn(k) : 12;
        if (input.Number is not { } number || number < 1 || number > count) errors["number"] = new("Validation.Range", 1, count);
        var ledger = await ledgers.GetAsync(ledgerId, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var period = new Period(input.Kind!.Value, input.Year!.Value, input.Number!.Value);
        if (period.To >= ChinaTime.Today(clock)) throw new FieldValidationException("number", "Disclosure.PeriodNotEnded", period.Name);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var to = period.To;
        await db.Set<FundLedger>().Where(l => l.Id == ledgerId).ExecuteUpdateAsync(l => l
            .SetProperty(x => x.ClosedThrough, x => x.ClosedThrough == null || x.ClosedThrough < to ? to : x.ClosedThrough), cancellationToken);
        var entries = db.Set<LedgerEntry>().Where(e => e.LedgerId == ledgerId);
        var waiting = await entries.CountAsync(e => e.On >= period.From && e.On <= to && e.PublishRequested && e.PublishedAt == null, cancellationToken);
        if (waiting > 0) throw new ConflictException("Disclosure.PeriodAwaitingApproval", new Dictionary<string, object?> { ["waiting"] = waiting });
        if (await db.Set<LedgerStatement>().AnyAsync(s => s.LedgerId == ledgerId && s.Kind == period.Kind && s.From == period.From, cancellationToken))
            throw new ConflictException("Disclosure.StatementExists", new Dictionary<string, object?> { ["period"] = period.Name });

        var published = entries.Where(e => e.PublishedAt != null);
        var opening = await EffectBeforeAsync(published, period.From, cancellationToken);
        var rows = await published.Where(e => e.On >= period.From && e.On <= to)
            .Select(e => new { e.Direction, e.Category, e.AmountFen, Replaced = published.Where(c => c.Id == e.CorrectsId).Select(c => (long?)c.AmountFen).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var lines = rows.GroupBy(r => (r.Direction, r.Category)).OrderBy(g => g.Key.Direction).ThenByDescending(g => g.Sum(r => r.AmountFen - (r.Replaced ?? 0)))
            .Select(g => new StatementLine(g.Key.Direction, g.Key.Category, g.Sum(r => r.AmountFen - (r.Replaced ?? 0)))).ToList();
        var head = await entries.OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken) ?? LedgerEntry.Genesis;
        var statement = new LedgerStatement(ledger, period, opening, lines, rows.Count, head, scope.UserName ?? "", Now);
        db.Add(statement);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var line in lines) line.BelongTo(statement.Id);
        db.AddRange(lines);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("ledger.statement", "Ledger", ledgerId.ToString(), $"statement={statement.Id} period={period.Name} closing={statement.ClosingFen} head={head}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return statement;
    }

    /// <summary>
    /// The balance of the published entries dated before a day: every entry's amount, less the amount of the published
    /// entry each correction replaces — two sums in the database, never the ledger loaded.
    /// </summary>
    private static async Task<long> EffectBeforeAsync(IQueryable<LedgerEntry> published, DateOnly day, CancellationToken cancellationToken)
    {
        var before = published.Where(e => e.On < day);
        var all = await before.SumAsync(e => e.Direction == Direction.Income ? e.AmountFen : -e.AmountFen, cancellationToken);
        var replaced = await before.Where(e => e.CorrectsId != null).Join(published, e => e.CorrectsId, c => c.Id, (e, c) => c)
            .SumAsync(c => c.Direction == Direction.Income ? c.AmountFen : -c.AmountFen, cancellationToken);
        return all - replaced;
    }

    public async Task<IReadOnlyList<StatementView>> ListAsync(int ledgerId, CancellationToken cancellationToken)
    {
        await ledgers.GetAsync(ledgerId, cancellationToken);
        return await ViewsAsync(db.Set<LedgerStatement>().Where(s => s.LedgerId == ledgerId), cancellationToken);
    }

    /// <summary>A ledger's statements as anyone sees them (no sign-in; read past the scope, listed in IgnoreQueryFiltersTests): they are published by nature.</summary>
    public async Task<IReadOnlyList<StatementView>> PublicListAsync(int ledgerId, CancellationToken cancellationToken)
    {
        if (!await db.Set<FundLedger>().IgnoreQueryFilters().AnyAsync(l => l.Id == ledgerId, cancellationToken)) throw new NotFoundException();
        return await ViewsAsync(db.Set<LedgerStatement>().IgnoreQueryFilters().Where(s => s.LedgerId == ledgerId), cancellationToken);
    }

    /// <summary>The statement as the A4 notice for the board, with the QR code of the community's public ledger page.</summary>
    public async Task<byte[]> NoticeAsync(int statementId, CancellationToken cancellationToken)
    {
        var statement = (await ViewsAsync(db.Set<LedgerStatement>().Where(s => s.Id == statementId), cancellationToken)).SingleOrDefault() ?? throw new NotFoundException();
        var ledger = await ledgers.GetAsync(statement.LedgerId, cancellationToken);
        var community = await db.Regions.AsNoTracking().Where(r => r.Id == ledger.CommunityId).Select(r => r.Name).FirstAsync(cancellationToken);
        await audit.RecordAsync("ledger.notice", "Ledger", ledger.Id.ToString(), $"statement={statementId}", cancellationToken);
        return StatementNotice.Build(community, ledger.Name, statement, address.Of($"/p/ledgers/{ledger.CommunityId}"));
    }

    private async Task<IReadOnlyList<StatementView>> ViewsAsync(IQueryable<LedgerStatement> statements, CancellationToken cancellationToken)
    {
        var list = await statements.AsNoTracking().OrderByDescending(s => s.To).ThenBy(s => s.Kind).ToListAsync(cancellationToken);
        var ids = list.Select(s => s.Id).ToList();
        var lines = (await db.Set<StatementLine>().AsNoTracking().Where(l => ids.Contains(l.StatementId)).OrderBy(l => l.Id).ToListAsync(cancellationToken)).ToLookup(l => l.StatementId);
        return [.. list.Select(s => new StatementView(s.Id, s.LedgerId, s.Kind, s.Period.Name, s.From, s.To, Money.Yuan(s.OpeningFen), Money.Yuan(s.IncomeFen), Money.Yuan(s.ExpenseFen),
            Money.Yuan(s.ClosingFen), s.Entries, s.ChainHead, ChinaTime.ToOffset(s.PublishedAt),
            [.. lines[s.Id].Select(l => new StatementLineView(l.Direction, l.Category, Money.Yuan(l.AmountFen)))]))];
    }
}
