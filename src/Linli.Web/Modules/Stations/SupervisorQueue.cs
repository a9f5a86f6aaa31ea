using Linli.Web.Modules.Care.Cases;
using Linli.Web.Modules.Grants;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// What waits for a supervisor in a community (督导待办): the cases they supervise whose review is due or whose closing
/// waits for them (counts; the cases module's own list opens them), the workers they support on the ladder with no
/// supervision session for a month, and the community's grant reports still open — returned by the foundation to be
/// revised, or waiting for its review — which the station goes through with the organizations it accompanies.
/// </summary>
public sealed class SupervisorQueue(LinliDb db, ResidentPlacement placement, CasesService cases, GrantProjectDirectory grants, AccessScope scope,
    IOptions<StationsOptions> options, TimeProvider clock)
{
    public async Task<SupervisorQueueView> ReadAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var me = scope.UserId;
        var profile = me is null ? null
            : await db.Set<StaffProfile>().AsNoTracking().Where(s => s.UserId == me && s.CommunityId == communityId).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(cancellationToken);
        var dues = me is null ? null : await cases.DuesAsync(communityId, me, cancellationToken);
        return new SupervisorQueueView(communityId, profile?.Id, dues?.Reviews ?? 0, dues?.Closings ?? 0,
            profile is null ? [] : await SuperviseesAsync(profile.Id, cancellationToken), await grants.OpenReportsInAsync(communityId, cancellationToken));
    }

    /// <summary>The workers the profile supports on open ladder links, with their last session received; those without one in the period first.</summary>
    private async Task<IReadOnlyList<Supervisee>> SuperviseesAsync(int supporterId, CancellationToken cancellationToken)
    {
        var supported = db.Set<LadderLink>().Where(l => l.SupporterId == supporterId && l.To == null).Select(l => l.SupportedId);
        var rows = await db.Set<StaffProfile>().AsNoTracking().Where(s => supported.Contains(s.Id))
            .Select(s => new
            {
                s.Id, s.Name,
                Last = db.Set<SupervisionParticipant>().Where(p => p.StaffId == s.Id).Join(db.Set<SupervisionSession>(), p => p.SessionId, x => x.Id, (p, x) => (DateOnly?)x.On).Max(),
            })
            .ToListAsync(cancellationToken);
        var dueBefore = ChinaTime.Today(clock).AddDays(-options.Value.SupervisionDueDays);
        return [.. rows.Select(r => new Supervisee(r.Id, r.Name, r.Last, r.Last is null || r.Last < dueBefore)).OrderByDescending(r => r.Due).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}

/// <summary>
/// A supervisor's queue in a community: <c>staffId</c> their own profile (null when none is linked to the account),
/// case reviews due and closings waiting for them, the workers they support, the community's open grant reports.
/// </summary>
public sealed record SupervisorQueueView(int CommunityId, int? StaffId, int CaseReviews, int CaseClosings, IReadOnlyList<Supervisee> Supervisees,
    IReadOnlyList<OpenReport> Reports);

/// <summary>A worker supported on the ladder: the last supervision session they received, and whether one is due.</summary>
public sealed record Supervisee(int StaffId, string Name, DateOnly? LastSession, bool Due);
