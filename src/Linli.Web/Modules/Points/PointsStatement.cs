using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Points;

/// <summary>
/// A community's points by month, read from the ledger: issued is what left the Issued account (awards less their
/// reversals), redeemed what reached the Redeemed account (redemptions less cancellations), outstanding the points
/// residents hold at the month's end (all issued so far less all redeemed so far).
/// </summary>
public sealed class PointsStatement(LinliDb db, ResidentPlacement placement)
{
    public async Task<Statement> YearAsync(int communityId, int year, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var first = year * 100 + 1;
        var last = year * 100 + 12;
        var accounts = await db.Set<PointsAccount>()
            .Where(a => a.CommunityId == communityId && (a.Kind == AccountKind.Issued || a.Kind == AccountKind.Redeemed))
            .ToDictionaryAsync(a => a.Kind, a => a.Id, cancellationToken);
        // One pass over the two accounts' entries up to the year's end, summed by account and month (index-only).
        var ids = accounts.Values.ToList();
        var sums = await db.Set<LedgerEntry>().Where(e => ids.Contains(e.AccountId) && e.Period <= last)
            .GroupBy(e => new { e.AccountId, e.Period }).Select(g => new { g.Key.AccountId, g.Key.Period, Sum = g.Sum(e => e.Amount) })
            .ToListAsync(cancellationToken);
        (int Before, Dictionary<int, int> ByMonth) SumsOf(AccountKind kind)
        {
            if (!accounts.TryGetValue(kind, out var id)) return (0, []);
            var mine = sums.Where(s => s.AccountId == id).ToList();
            return (mine.Where(s => s.Period < first).Sum(s => s.Sum), mine.Where(s => s.Period >= first).ToDictionary(s => s.Period % 100, s => s.Sum));
        }
        var issued = SumsOf(AccountKind.Issued);
        var redeemed = SumsOf(AccountKind.Redeemed);
        // The Issued account runs negative: what it gave out is minus its entries.
        var (issuedSoFar, redeemedSoFar) = (-issued.Before, redeemed.Before);
        var months = new List<StatementMonth>();
        for (var month = 1; month <= 12; month++)
        {
            var (i, r) = (-issued.ByMonth.GetValueOrDefault(month), redeemed.ByMonth.GetValueOrDefault(month));
            issuedSoFar += i;
            redeemedSoFar += r;
            months.Add(new StatementMonth(month, i, r, issuedSoFar - redeemedSoFar));
        }
        return new Statement(communityId, year, -issued.Before, redeemed.Before, months);
    }
}
