using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>Votes in a contest: a resident's own, staff-entered paper slips, removals with a reason, and the ranking with its awards.</summary>
public sealed class ContestVoting(LinliDb db, ContestsService contests, ResidentDirectory residents, SelfServiceService self, AuditLog audit, AccessScope scope,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The signed-in resident's own vote, from their phone.</summary>
    public async Task<VoteReceipt> VoteAsync(int id, int? entryId, string userId, VoteOrigin origin, CancellationToken cancellationToken)
    {
        var own = await self.OwnResidentAsync(userId, cancellationToken);
        return await CastAsync(id, entryId, own.Id, own.CommunityId, ContestVoteChannel.Online, origin, cancellationToken);
    }

    /// <summary>A resident's vote on a paper slip at an on-site vote, entered by staff: the same rules as online.</summary>
    public async Task<VoteReceipt> VoteOnSiteAsync(int id, OnSiteVote input, CancellationToken cancellationToken)
    {
        await contests.GetAsync(id, cancellationToken);
        var resident = input.ResidentId is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (resident is null) throw new FieldValidationException("residentId", input.ResidentId is null ? "Validation.Required" : "Contest.ResidentNotFound");
        return await CastAsync(id, input.EntryId, resident.Id, resident.CommunityId, ContestVoteChannel.OnSite, null, cancellationToken);
    }

    /// <summary>
    /// A vote inside the voting window, for an approved entry of the contest, by a resident of its community, not for
    /// the same entry twice a day, not beyond the daily limit. Each vote takes the day's next free slot; when another
    /// vote of the same resident took it first (a double tap, two phones), the rules are read again and the next slot
    /// tried. An online vote also stays within the accounts a phone and the votes a network address may carry a day.
    /// </summary>
    private async Task<VoteReceipt> CastAsync(int id, int? entryId, int residentId, int residentCommunity, ContestVoteChannel channel, VoteOrigin? origin,
        CancellationToken cancellationToken)
    {
        var contest = await contests.GetAsync(id, cancellationToken);
        if (contest.CommunityId != residentCommunity)
        {
            if (channel == ContestVoteChannel.Online) throw new NotFoundException();
            throw new FieldValidationException("residentId", "Contest.ResidentNotFound");
        }
        var entry = entryId is { } e
            ? await db.Set<ContestEntry>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == e && x.ContestId == id && x.Status == EntryStatus.Approved, cancellationToken)
            : null;
        if (entry is null) throw new FieldValidationException("entryId", entryId is null ? "Validation.Required" : "Contest.EntryNotFound");
        var now = Now;
        if (now < contest.OpensAt) throw new ConflictException("Contest.NotOpenYet");
        if (now >= contest.ClosesAt) throw new ConflictException("Contest.Closed");

        var day = ChinaTime.Today(clock);
        if (origin is not null) await CheckOriginAsync(contest, residentId, day, origin, cancellationToken);
        for (var attempt = 0; attempt <= contest.VotesPerDay; attempt++)
        {
            var today = await db.Set<ContestVote>().AsNoTracking().Where(v => v.ContestId == id && v.ResidentId == residentId && v.Day == day)
                .Select(v => new { v.EntryId, v.Slot }).ToListAsync(cancellationToken);
            if (today.Any(v => v.EntryId == entry.Id)) throw new ConflictException("Contest.EntryToday");
            if (today.Count >= contest.VotesPerDay) throw new ConflictException("Contest.DailyLimit", new Dictionary<string, object?> { ["limit"] = contest.VotesPerDay });
            var slot = Enumerable.Range(1, contest.VotesPerDay).First(s => today.All(v => v.Slot != s));
            var vote = new ContestVote(entry, residentId, day, slot, channel, scope.UserName ?? "", origin, now);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(vote);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException failed) when (UniqueViolation.Is(failed))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                continue;
            }
            await db.Set<ContestEntry>().Where(x => x.Id == entry.Id).ExecuteUpdateAsync(x => x.SetProperty(v => v.Votes, v => v.Votes + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new VoteReceipt(vote.Id, entry.Id, day, contest.VotesPerDay - today.Count - 1);
        }
        throw new ConflictException("Contest.DailyLimit", new Dictionary<string, object?> { ["limit"] = contest.VotesPerDay });
    }

    /// <summary>
    /// The phone and address limits, read before the vote: unlike a resident's own limit they are not kept by an index,
    /// so a rush from one phone may pass them by a vote or two — the review's flags catch what gets through.
    /// Counted past the resident's scope (other residents' votes from the same phone): listed in IgnoreQueryFiltersTests.
    /// </summary>
    private async Task CheckOriginAsync(Contest contest, int residentId, DateOnly day, VoteOrigin origin, CancellationToken cancellationToken)
    {
        var todays = db.Set<ContestVote>().IgnoreQueryFilters().Where(v => v.ContestId == contest.Id && v.Day == day);
        if (origin.DeviceKey is { } device)
        {
            var accounts = await todays.Where(v => v.DeviceKey == device).Select(v => v.ResidentId).Distinct().ToListAsync(cancellationToken);
            if (!accounts.Contains(residentId) && accounts.Count >= contest.AccountsPerDevice)
                throw new LimitExceededException("Contest.DeviceLimit", new Dictionary<string, object?> { ["accountsPerDevice"] = contest.AccountsPerDevice });
        }
        if (origin.AddressKey is { } address && await todays.CountAsync(v => v.AddressKey == address, cancellationToken) >= contest.VotesPerAddress)
            throw new LimitExceededException("Contest.AddressLimit", new Dictionary<string, object?> { ["votesPerAddress"] = contest.VotesPerAddress });
    }

    public async Task<IReadOnlyList<VoteLine>> VotesAsync(int id, CancellationToken cancellationToken)
    {
        await contests.GetAsync(id, cancellationToken);
        return [.. (await db.Set<ContestVote>().AsNoTracking().Where(v => v.ContestId == id).OrderByDescending(v => v.CastAt).ThenByDescending(v => v.Id).ToListAsync(cancellationToken))
            .Select(Line)];
    }

    public static VoteLine Line(ContestVote v) => new(v.Id, v.EntryId, v.ResidentId, v.Day, v.Channel, ChinaTime.ToOffset(v.CastAt), v.EnteredBy,
        ChinaTime.ToOffset(v.RemovedAt), v.RemovedBy, v.RemovedReason);

    /// <summary>
    /// Takes a vote out with a recorded reason: the entry's count drops in the same transaction, the vote keeps its
    /// line (and its day's slot: a removed vote is not given back), and the removal is listed for everyone.
    /// </summary>
    public async Task RemoveVoteAsync(int id, int voteId, RemoveVote input, CancellationToken cancellationToken)
    {
        await contests.GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var reason = errors.Text(input.Reason, "reason", 200);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var vote = await db.Set<ContestVote>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == voteId && v.ContestId == id, cancellationToken) ?? throw new NotFoundException();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Set<ContestVote>().Where(v => v.Id == voteId && v.RemovedAt == null).ExecuteUpdateAsync(v => v
            .SetProperty(x => x.RemovedAt, Now).SetProperty(x => x.RemovedBy, scope.UserName ?? "").SetProperty(x => x.RemovedReason, reason), cancellationToken);
        if (removed == 0) throw new ConflictException("Contest.VoteAlreadyRemoved");
        await db.Set<ContestEntry>().Where(e => e.Id == vote.EntryId).ExecuteUpdateAsync(e => e.SetProperty(x => x.Votes, x => x.Votes - 1), cancellationToken);
        await audit.RecordAsync("contest.vote.removed", "Contest", id.ToString(), $"vote={voteId} entry={vote.EntryId} reason={reason}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every removal of the contest, for the public list beside the ranking (read past a resident's own votes: listed in IgnoreQueryFiltersTests).</summary>
    public async Task<IReadOnlyList<Removal>> RemovalsAsync(int id, CancellationToken cancellationToken)
    {
        await contests.GetAsync(id, cancellationToken);
        var titles = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        return [.. (await db.Set<ContestVote>().IgnoreQueryFilters().AsNoTracking().Where(v => v.ContestId == id && v.RemovedAt != null).OrderBy(v => v.RemovedAt)
                .Select(v => new { v.EntryId, v.Day, v.RemovedAt, v.RemovedReason }).ToListAsync(cancellationToken))
            .Select(v => new Removal(v.EntryId, titles.GetValueOrDefault(v.EntryId) ?? "", v.Day, ChinaTime.ToOffset(v.RemovedAt!.Value), v.RemovedReason ?? ""))];
    }

    /// <summary>
    /// The approved entries, highest first. Equal votes share a rank (1, 1, 3); with an award count N, every entry
    /// ranked N or better is awarded, so a tie at rank N awards them all.
    /// </summary>
    public async Task<IReadOnlyList<RankingLine>> RankingAsync(int id, CancellationToken cancellationToken)
    {
        var contest = await contests.GetAsync(id, cancellationToken);
        var entries = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id && e.Status == EntryStatus.Approved)
            .OrderByDescending(e => e.Votes).ThenBy(e => e.Id).Select(e => new { e.Id, e.Title, e.Votes }).ToListAsync(cancellationToken);
        var lines = new List<RankingLine>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var rank = i > 0 && entries[i].Votes == entries[i - 1].Votes ? lines[i - 1].Rank : i + 1;
            lines.Add(new RankingLine(entries[i].Id, entries[i].Title, entries[i].Votes, rank, rank <= contest.AwardCount));
        }
        return lines;
    }
}
