using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// Counts an assembly: the ballots' owners and area against the frozen totals, and each item's agree, against and
/// abstain (owners and area) against its rule (<see cref="Thresholds"/>). Sums are the database's, in hundredths of
/// a square metre, so nothing is rounded.
/// </summary>
public sealed class AssemblyResults(LinliDb db, AssembliesService assemblies)
{
    public async Task<ResultView> CountAsync(int id, CancellationToken cancellationToken)
    {
        var assembly = await assemblies.GetAsync(id, cancellationToken);
        var items = await assemblies.ItemsAsync(id, cancellationToken);
        var ballots = db.Set<Ballot>().Where(b => b.AssemblyId == id);
        var voters = db.Set<RollVoter>().Where(v => v.AssemblyId == id);
        var participating = await (from b in ballots
                                   join v in voters on b.VoterId equals v.Id
                                   group v by 1 into all
                                   select new { Owners = all.Count(), Area = all.Sum(v => v.AreaHundredths) }).FirstOrDefaultAsync(cancellationToken);
        var tallies = await (from c in db.Set<BallotChoice>()
                             join b in ballots on c.BallotId equals b.Id
                             join v in voters on b.VoterId equals v.Id
                             group v by new { c.ItemId, c.Choice } into g
                             select new { g.Key.ItemId, g.Key.Choice, Owners = g.Count(), Area = g.Sum(v => v.AreaHundredths) }).ToListAsync(cancellationToken);

        var part = new Weight(participating?.Owners ?? 0, participating?.Area ?? 0);
        var total = new Weight(assembly.TotalOwners, assembly.TotalAreaHundredths);
        var reached = Thresholds.ParticipationReached(part, total);
        Weight Of(int itemId, Choice choice) => tallies.Where(t => t.ItemId == itemId && t.Choice == choice).Select(t => new Weight(t.Owners, t.Area)).FirstOrDefault();
        var deemed = assembly.NonVotersFollowMajority && assembly.CovenantClause is { } clause
            ? Deemed(clause, items, part, total, Of)
            : null;
        return new ResultView(assembly.Status,
            new ParticipationView(part.Owners, OwnersRoll.SquareMetres(part.AreaHundredths), total.Owners, OwnersRoll.SquareMetres(total.AreaHundredths), reached),
            [.. items.Select(item =>
            {
                var agree = Of(item.Id, Choice.Agree);
                return new ItemResult(item.Id, item.Title, item.Matter, item.Rule, Tally.Of(agree), Tally.Of(Of(item.Id, Choice.Against)), Tally.Of(Of(item.Id, Choice.Abstain)),
                    reached && Thresholds.Passes(item.Rule, agree, part));
            })], deemed);
    }

    /// <summary>
    /// Non-voters added to the side with more owners and more area among the voters; everyone then counts as taking
    /// part, so an item passes on its rule against all owners and the whole area. Where the sides split or tie, the
    /// raw figures and outcome stand.
    /// </summary>
    private static DeemedView Deemed(string clause, IReadOnlyList<AssemblyItem> items, Weight part, Weight total, Func<int, Choice, Weight> of)
    {
        var nonVoters = new Weight(total.Owners - part.Owners, total.AreaHundredths - part.AreaHundredths);
        return new DeemedView(clause, Tally.Of(nonVoters), [.. items.Select(item =>
        {
            var (agree, against, abstain) = (of(item.Id, Choice.Agree), of(item.Id, Choice.Against), of(item.Id, Choice.Abstain));
            Choice? majority = agree.Owners > against.Owners && agree.AreaHundredths > against.AreaHundredths ? Choice.Agree
                : against.Owners > agree.Owners && against.AreaHundredths > agree.AreaHundredths ? Choice.Against : null;
            if (majority is null)
                return new DeemedItem(item.Id, null, Tally.Of(agree), Tally.Of(against), Tally.Of(abstain),
                    Thresholds.ParticipationReached(part, total) && Thresholds.Passes(item.Rule, agree, part));
            if (majority == Choice.Agree) agree += nonVoters;
            else against += nonVoters;
            return new DeemedItem(item.Id, majority, Tally.Of(agree), Tally.Of(against), Tally.Of(abstain), Thresholds.Passes(item.Rule, agree, total));
        })]);
    }
}
