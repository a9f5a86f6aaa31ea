using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// An owner voting for themself from the portal: the assemblies whose frozen roll has them (a co-owner sees the
/// shared place), their ballot with its receipt, and a ballot cast online. The roll and ballots are staff records;
/// a resident reaches only the rows keyed by their own register entry (listed in IgnoreQueryFiltersTests).
/// </summary>
public sealed class OwnBallots(LinliDb db, AssembliesService assemblies, SelfServiceService self)
{
    /// <summary>The account's assemblies as an owner; 404 for an account with no register entry.</summary>
    public async Task<IReadOnlyList<MyAssembly>> MineAsync(string userId, CancellationToken cancellationToken) =>
        await MineAsync(await self.OwnResidentAsync(userId, cancellationToken), cancellationToken);

    /// <summary>None for an account with no register entry (a resident account not yet linked): for the portal's home.</summary>
    public async Task<IReadOnlyList<MyAssembly>> MineIfAnyAsync(string userId, CancellationToken cancellationToken) =>
        await self.FindOwnResidentAsync(userId, cancellationToken) is { } own ? await MineAsync(own, cancellationToken) : [];

    private async Task<IReadOnlyList<MyAssembly>> MineAsync(Residents.ResidentBasics own, CancellationToken cancellationToken)
    {
        var places = await Places(own.Id).ToListAsync(cancellationToken);
        var assemblyIds = places.Select(p => p.AssemblyId).ToList();
        var voterIds = places.Select(p => p.Id).ToList();
        var found = await db.Set<OwnersAssembly>().AsNoTracking().Where(a => assemblyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var ballots = await db.Set<Ballot>().IgnoreQueryFilters().AsNoTracking().Where(b => voterIds.Contains(b.VoterId)).ToDictionaryAsync(b => b.VoterId, cancellationToken);
        return [.. places.Where(p => found.ContainsKey(p.AssemblyId)).Select(p =>
        {
            var a = found[p.AssemblyId];
            var ballot = ballots.GetValueOrDefault(p.Id);
            return new MyAssembly(a.Id, a.Title, a.Method, ChinaTime.ToOffset(a.OpensAt), ChinaTime.ToOffset(a.ClosesAt), a.Status, p.Id, OwnersRoll.SquareMetres(p.AreaHundredths),
                ballot?.Receipt, ballot?.Channel, ballot is null ? null : ChinaTime.ToOffset(ballot.EnteredAt));
        }).OrderByDescending(m => m.OpensAt)];
    }

    public async Task<MyAssembly> OneAsync(int id, string userId, CancellationToken cancellationToken) =>
        (await MineAsync(userId, cancellationToken)).FirstOrDefault(m => m.Id == id) ?? throw new NotFoundException();

    /// <summary>The owner's own ballot, cast online: the same rules as any ballot, one per owner (a co-owner who voted first voted for all).</summary>
    public async Task<Ballot> CastAsync(int id, OwnBallot input, string userId, CancellationToken cancellationToken)
    {
        var own = await self.OwnResidentAsync(userId, cancellationToken);
        var voter = await Places(own.Id).FirstOrDefaultAsync(v => v.AssemblyId == id, cancellationToken) ?? throw new NotFoundException();
        return await assemblies.CastForAsync(id, voter, new NewBallot(voter.Id, BallotChannel.Online, input.Choices), cancellationToken);
    }

    /// <summary>The resident's places on frozen rolls: <see cref="RollVoter.ResidentIds"/> lists each owner's register entry.</summary>
    private IQueryable<RollVoter> Places(int residentId)
    {
        var key = $",{residentId},";
        return db.Set<RollVoter>().IgnoreQueryFilters().AsNoTracking().Where(v => ("," + v.ResidentIds + ",").Contains(key));
    }
}
