using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies.Demo;

/// <summary>
/// Seed 002 case 7: of 七道堰社区's eight commercial compounds, five have an owners' committee (62.50%, "仅占62%"), which
/// is why the case set out to found more. Each of the five has a term running today; the members, the dates and which
/// five are invented.
/// </summary>
public sealed class CommitteesDemo(Platform.Data.LinliDb db, CompoundGovernance governance, TimeProvider clock) : IDemoContributor
{
    public const int WithCommittee = 5;

    public int Order => 61;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "七道堰社区", cancellationToken);
        if (community is null) return;
        var compounds = await db.Regions.Where(r => r.ParentId == community.Id && r.Kind == RegionKind.Compound).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        var today = Platform.Localization.ChinaTime.Today(clock);
        string[] surnames = ["何", "罗", "蒋", "谢", "唐"];
        foreach (var (compound, n) in compounds.Take(WithCommittee).Select((c, n) => (c, n)))
        {
            var starts = today.AddMonths(-8 - 9 * n);
            NewMember[] members =
            [
                new($"{surnames[n]}主任（编造）", null, CommitteeRole.Director), new($"{surnames[(n + 1) % 5]}副主任（编造）", null, CommitteeRole.DeputyDirector),
                new("委员甲（编造）", null, CommitteeRole.Member), new("委员乙（编造）", null, CommitteeRole.Member), new("委员丙（编造）", null, CommitteeRole.Member),
            ];
            await governance.CreateTermAsync(compound, new NewTerm(1, null, starts, starts.AddYears(5).AddDays(-1), members), cancellationToken);
        }
    }
}
