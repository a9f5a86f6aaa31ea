using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points;

/// <summary>The accounts and the idempotency keys: what every movement of points goes through.</summary>
public sealed class Ledger(LinliDb db, TimeProvider clock)
{
    /// <summary>The account, opened on first use. Two first uses at once: one insert wins, the other reads it.</summary>
    public async Task<PointsAccount> AccountAsync(int communityId, AccountKind kind, int? residentId, CancellationToken cancellationToken)
    {
        var key = PointsAccount.KeyOf(kind, residentId);
        for (var attempt = 0; ; attempt++)
        {
            var account = await db.Set<PointsAccount>().IgnoreQueryFilters().AsNoTracking()
                .FirstOrDefaultAsync(a => a.CommunityId == communityId && a.Key == key, cancellationToken);
            if (account is not null) return account;
            var opened = new PointsAccount(communityId, kind, residentId, clock.GetUtcNow().UtcDateTime);
            db.Set<PointsAccount>().Add(opened);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                db.Entry(opened).State = EntityState.Detached;
                return opened;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.Entry(opened).State = EntityState.Detached;
            }
        }
    }

    /// <summary>The movement an idempotency key already made in the community, if any.</summary>
    public async Task<PointsTransaction?> FindAsync(int communityId, string key, CancellationToken cancellationToken) =>
        await db.Set<PointsTransaction>().IgnoreQueryFilters().AsNoTracking().Include(t => t.Entries)
            .FirstOrDefaultAsync(t => t.CommunityId == communityId && t.IdempotencyKey == key, cancellationToken);

    /// <summary>Adds to a resident's balance (negative takes away), only if it stays at zero or above; false when it would not.</summary>
    public async Task<bool> MoveBalanceAsync(int accountId, int amount, CancellationToken cancellationToken) =>
        await db.Set<PointsAccount>().IgnoreQueryFilters()
            .Where(a => a.Id == accountId && a.Balance + amount >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Balance, a => a.Balance + amount), cancellationToken) == 1;
}
