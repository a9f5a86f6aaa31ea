using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points;

/// <summary>
/// Awards, their reversals, balances and histories. Every movement is a <see cref="PointsTransaction"/> whose key makes
/// a retried request find what it already did; a resident's balance moves by a conditional UPDATE in the same transaction.
/// </summary>
public sealed class PointsService(LinliDb db, Ledger ledger, ResidentDirectory residents, IAuthorizationService authorization, AuditLog audit, TimeProvider clock)
{
    public const int MaxAward = 100_000;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<TransactionView> AwardAsync(AwardRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (request.Points is not (>= 1 and <= MaxAward)) errors["points"] = new("Points.AmountInvalid", MaxAward);
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > 200) errors["reason"] = new("Points.ReasonRequired");
        var key = CheckedKey(request.IdempotencyKey, errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var resident = await StaffResidentAsync(request.ResidentId, cancellationToken);

        var award = await GrantAsync(resident.CommunityId, resident.Id, request.Points!.Value, reason, "manual", key, user.Identity?.Name ?? "", cancellationToken);
        return await ReplayAsync(award, TransactionKind.Award, resident.Id, cancellationToken);
    }

    /// <summary>
    /// Awards points under an idempotency key: a key already used answers with the movement it made, so a retried
    /// request, a job run twice or two desks at once award once. The earning rules award through here too.
    /// </summary>
    internal async Task<PointsTransaction> GrantAsync(int communityId, int residentId, int points, string reason, string source, string key, string by,
        CancellationToken cancellationToken)
    {
        if (await ledger.FindAsync(communityId, key, cancellationToken) is { } done) return done;
        var issued = await ledger.AccountAsync(communityId, AccountKind.Issued, null, cancellationToken);
        var account = await ledger.AccountAsync(communityId, AccountKind.Resident, residentId, cancellationToken);
        var award = new PointsTransaction(communityId, TransactionKind.Award, points, reason, source, key, issued, account, by, Now);
        bool claimed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (claimed = await TryClaimAsync(award, cancellationToken))
            {
                await ledger.MoveBalanceAsync(account.Id, award.Points, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        // The same key sent twice at once: the other request made the award; answer with it.
        if (!claimed) return await ledger.FindAsync(communityId, key, cancellationToken) ?? throw new ConflictException("Points.TryAgain");
        await audit.RecordAsync("points.awarded", "Resident", residentId.ToString(), $"tx={award.Id} +{award.Points} {source}", cancellationToken);
        return award;
    }

    /// <summary>
    /// A correction: the opposite entries of an award, never an edit. Refused when the points are already spent (the
    /// balance would go below zero) and for an award reversed before.
    /// </summary>
    public async Task<TransactionView> ReverseAsync(int transactionId, ReverseRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var original = await db.Set<PointsTransaction>().AsNoTracking().Include(t => t.Entries)
            .FirstOrDefaultAsync(t => t.Id == transactionId, cancellationToken) ?? throw new NotFoundException();
        if (original.Kind != TransactionKind.Award) throw new ConflictException("Points.OnlyAwardsReverse");
        var errors = new Dictionary<string, FieldError>();
        var reason = request.Reason?.Trim() ?? "";
        if (reason.Length is 0 or > 200) errors["reason"] = new("Points.ReasonRequired");
        var key = CheckedKey(request.IdempotencyKey ?? $"reverse:{transactionId}", errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var (issuedId, accountId) = (original.Entries.Single(e => e.Amount < 0).AccountId, original.Entries.Single(e => e.Amount > 0).AccountId);
        var accounts = await db.Set<PointsAccount>().AsNoTracking().Where(a => a.Id == issuedId || a.Id == accountId).ToDictionaryAsync(a => a.Id, cancellationToken);
        var residentId = accounts[accountId].ResidentId!.Value;

        if (await ledger.FindAsync(original.CommunityId, key, cancellationToken) is { } done)
            return await ReplayAsync(done, TransactionKind.Reversal, residentId, cancellationToken);
        var reversal = new PointsTransaction(original.CommunityId, TransactionKind.Reversal, original.Points, reason, $"reversal:{original.Id}", key,
            accounts[accountId], accounts[issuedId], user.Identity?.Name ?? "", Now, original.Id);
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await TryClaimAsync(reversal, cancellationToken)) throw new ConflictException("Points.AlreadyReversed");
            if (!await ledger.MoveBalanceAsync(accountId, -original.Points, cancellationToken)) throw new ConflictException("Points.AlreadySpent");
            await transaction.CommitAsync(cancellationToken);
        }
        await audit.RecordAsync("points.reversed", "Resident", residentId.ToString(), $"tx={reversal.Id} reverses={original.Id} -{original.Points}", cancellationToken);
        return await ViewAsync(reversal, residentId, cancellationToken);
    }

    /// <summary>Staff of the resident's community, the resident, or a guardian acting for a child.</summary>
    public async Task<AccountView> AccountAsync(int residentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var resident = await VisibleResidentAsync(residentId, user, cancellationToken);
        return new AccountView(resident.Id, await BalanceAsync(resident.CommunityId, resident.Id, cancellationToken));
    }

    public async Task<IReadOnlyList<HistoryLine>> HistoryAsync(int residentId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var resident = await VisibleResidentAsync(residentId, user, cancellationToken);
        var key = PointsAccount.KeyOf(AccountKind.Resident, resident.Id);
        var lines = await db.Set<LedgerEntry>()
            .Join(db.Set<PointsAccount>().Where(a => a.CommunityId == resident.CommunityId && a.Key == key), e => e.AccountId, a => a.Id, (e, _) => e)
            .Join(db.Set<PointsTransaction>().IgnoreQueryFilters(), e => e.TransactionId, t => t.Id, (e, t) => new { t.Id, t.Kind, e.Amount, t.Reason, e.At })
            .OrderByDescending(x => x.Id).Take(500).ToListAsync(cancellationToken);
        return [.. lines.Select(l => new HistoryLine(l.Id, l.Kind, l.Amount, l.Reason, ChinaTime.ToOffset(l.At)))];
    }

    internal async Task<int> BalanceAsync(int communityId, int residentId, CancellationToken cancellationToken)
    {
        var key = PointsAccount.KeyOf(AccountKind.Resident, residentId);
        return await db.Set<PointsAccount>().Where(a => a.CommunityId == communityId && a.Key == key).Select(a => a.Balance).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Saves a new movement, claiming its key; false when another request claimed the key first.</summary>
    internal async Task<bool> TryClaimAsync(PointsTransaction movement, CancellationToken cancellationToken)
    {
        db.Set<PointsTransaction>().Add(movement);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The original answer to a retried request; a key used for something else is refused.</summary>
    private async Task<TransactionView> ReplayAsync(PointsTransaction? done, TransactionKind kind, int residentId, CancellationToken cancellationToken)
    {
        if (done is null) throw new ConflictException("Points.TryAgain");
        var account = await db.Set<PointsAccount>().Where(a => a.ResidentId == residentId && a.CommunityId == done.CommunityId)
            .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (done.Kind != kind || done.Entries.All(e => e.AccountId != account)) throw new FieldValidationException("idempotencyKey", "Points.KeyReused");
        return await ViewAsync(done, residentId, cancellationToken);
    }

    private async Task<TransactionView> ViewAsync(PointsTransaction t, int residentId, CancellationToken cancellationToken) =>
        new(t.Id, t.Kind, residentId, t.Points, t.Reason, t.Source, t.ReversesId, ChinaTime.ToOffset(t.CreatedAt), await BalanceAsync(t.CommunityId, residentId, cancellationToken));

    /// <summary>A living resident in the caller's scope (staff only).</summary>
    internal async Task<ResidentBasics> StaffResidentAsync(int? residentId, CancellationToken cancellationToken) =>
        (residentId is { } id ? await residents.FindAsync(id, cancellationToken) : null) is { Living: true } resident ? resident
            : throw new FieldValidationException("residentId", "Points.ResidentNotFound");

    /// <summary>
    /// Front-line staff see residents in their scope; anyone else (a resident, a group leader, a district officer)
    /// only themselves and the children in their care (<see cref="ResidentOperations.ActFor"/>).
    /// </summary>
    internal async Task<ResidentBasics> VisibleResidentAsync(int residentId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await authorization.MayActForAsync(user, residentId) && await residents.FindAsync(residentId, cancellationToken) is { } resident
            ? resident
            : throw new NotFoundException();

    internal static string CheckedKey(string? key, Dictionary<string, FieldError> errors)
    {
        key = key?.Trim() ?? "";
        if (key.Length is 0 or > PointsTransaction.MaxKey) errors["idempotencyKey"] = new("Points.KeyRequired", PointsTransaction.MaxKey);
        return key;
    }
}
