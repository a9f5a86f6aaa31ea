using System.Security.Claims;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Workbench;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

/// <summary>The ledgers' waiting work: statements owed past their grace days (urgent) — shown to the community's staff and the street's.</summary>
public sealed class DisclosureWorkbench(IAuthorizationService authorization, LinliDb db, LedgersService ledgers) : IWorkbenchSource
{
    public async Task<IReadOnlyList<WorkItem>> ForCommunityAsync(int communityId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await authorization.AllowsAsync(user, DisclosurePolicies.Read)) return [];
        var overdue = 0;
        foreach (var ledger in await db.Set<FundLedger>().AsNoTracking().Where(l => l.CommunityId == communityId).ToListAsync(cancellationToken))
            if (await ledgers.OwedStatementAsync(ledger, cancellationToken) is not null) overdue++;
        return [new("Work.StatementsOverdue", overdue, "/console/ledgers", Urgent: overdue > 0)];
    }
}
