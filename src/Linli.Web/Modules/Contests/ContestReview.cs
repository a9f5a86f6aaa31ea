using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>What a flag points staff to; none decides anything — staff look and remove votes with a reason, or leave them.</summary>
public enum FlagKind
{
    /// <summary>Many votes for one entry from one network address within minutes (a vote farm, or a family party on the same Wi-Fi).</summary>
    Burst = 1,

    /// <summary>Several residents' accounts voting from one phone (a family shares a phone; a canvasser collects accounts).</summary>
    SharedDevice = 2,

    /// <summary>Accounts opened after voting began whose every vote went to the same entry (look-alike accounts made for one entry).</summary>
    NewAccounts = 3,
}

/// <summary>One flag: the votes it points to (still counted unless removed), the entry, and when.</summary>
public sealed record ContestFlag(FlagKind Kind, int? EntryId, string? EntryTitle, int Residents, IReadOnlyList<int> VoteIds, DateTimeOffset From, DateTimeOffset To);

/// <summary>Reads a contest's online votes for patterns staff should look at before awarding.</summary>
public sealed class ContestReview(LinliDb db, ContestsService contests, SelfServiceService self)
{
    public const int BurstVotes = 10;
    public static readonly TimeSpan BurstWindow = TimeSpan.FromMinutes(10);
    public const int NewAccountsAtLeast = 3;

    public async Task<IReadOnlyList<ContestFlag>> FlagsAsync(int id, CancellationToken cancellationToken)
    {
        var contest = await contests.GetAsync(id, cancellationToken);
        var votes = await db.Set<ContestVote>().AsNoTracking().Where(v => v.ContestId == id && v.RemovedAt == null && v.Channel == ContestVoteChannel.Online)
            .OrderBy(v => v.CastAt).ThenBy(v => v.Id).ToListAsync(cancellationToken);
        var titles = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        var flags = new List<ContestFlag>();
        foreach (var group in votes.Where(v => v.AddressKey != null).GroupBy(v => (v.EntryId, v.AddressKey)))
            flags.AddRange(Bursts([.. group]).Select(burst => Flag(FlagKind.Burst, group.Key.EntryId, burst)));
        foreach (var group in votes.Where(v => v.DeviceKey != null).GroupBy(v => v.DeviceKey))
            if (group.Select(v => v.ResidentId).Distinct().Count() > 1) flags.Add(Flag(FlagKind.SharedDevice, null, [.. group]));

        var opened = await self.AccountsOpenedAsync([.. votes.Select(v => v.ResidentId).Distinct()], cancellationToken);
        var newcomers = votes.GroupBy(v => v.ResidentId)
            .Where(r => opened.TryGetValue(r.Key, out var at) && at >= contest.OpensAt && r.Select(v => v.EntryId).Distinct().Count() == 1);
        foreach (var entry in newcomers.GroupBy(r => r.First().EntryId).Where(e => e.Count() >= NewAccountsAtLeast))
            flags.Add(Flag(FlagKind.NewAccounts, entry.Key, [.. entry.SelectMany(r => r).OrderBy(v => v.CastAt)]));
        return [.. flags.OrderBy(f => f.From)];

        ContestFlag Flag(FlagKind kind, int? entryId, IReadOnlyList<ContestVote> flagged) => new(kind, entryId, entryId is { } e ? titles.GetValueOrDefault(e) : null,
            flagged.Select(v => v.ResidentId).Distinct().Count(), [.. flagged.Select(v => v.Id)], ChinaTime.ToOffset(flagged[0].CastAt), ChinaTime.ToOffset(flagged[^1].CastAt));
    }

    /// <summary>Runs of votes (in time order) where at least <see cref="BurstVotes"/> fall within <see cref="BurstWindow"/>; overlapping runs merge.</summary>
    private static IEnumerable<IReadOnlyList<ContestVote>> Bursts(IReadOnlyList<ContestVote> votes)
    {
        int runStart = -1, runEnd = -1;
        for (var end = BurstVotes - 1; end < votes.Count; end++)
        {
            var start = end - BurstVotes + 1;
            if (votes[end].CastAt - votes[start].CastAt > BurstWindow) continue;
            if (runStart >= 0 && runEnd >= start - 1)
            {
                runEnd = end;
                continue;
            }
            if (runStart >= 0) yield return [.. votes.Skip(runStart).Take(runEnd - runStart + 1)];
            (runStart, runEnd) = (start, end);
        }
        if (runStart >= 0) yield return [.. votes.Skip(runStart).Take(runEnd - runStart + 1)];
    }
}
