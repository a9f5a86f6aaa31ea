using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>Public contests: staff set them up and enter the households' entries; residents vote within the daily limit; the ranking counts.</summary>
public sealed class ContestsService(LinliDb db, ResidentPlacement placement, ResidentDirectory residents, SelfServiceService self, AuditLog audit, AccessScope scope,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Contest> CreateAsync(NewContest input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        var title = errors.Text(input.Title, "title", Contest.MaxTitle);
        var description = errors.Text(input.Description, "description", Contest.MaxDescription, required: false);
        var opensAt = ChinaTime.FromInput(input.OpensAt);
        var closesAt = ChinaTime.FromInput(input.ClosesAt);
        if (opensAt is null) errors["opensAt"] = new("Validation.Required");
        if (closesAt is null) errors["closesAt"] = new("Validation.Required");
        else if (closesAt <= opensAt) errors["closesAt"] = new("Contest.ClosesBeforeOpening");
        if (input.VotesPerDay is not { } perDay || perDay < 1 || perDay > Contest.MaxVotesPerDay) errors["votesPerDay"] = new("Validation.Range", 1, Contest.MaxVotesPerDay);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);

        var contest = new Contest(input.CommunityId.Value, title, description.Length == 0 ? null : description, opensAt!.Value, closesAt!.Value, input.VotesPerDay!.Value,
            scope.UserName ?? "", Now);
        db.Add(contest);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("contest.created", "Contest", contest.Id.ToString(), $"community={contest.CommunityId} perDay={contest.VotesPerDay}", cancellationToken);
        return contest;
    }

    public async Task<Contest> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Contest>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<Contest>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        await db.Set<Contest>().AsNoTracking().Where(c => communityId == null || c.CommunityId == communityId)
            .OrderByDescending(c => c.OpensAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    public async Task<ContestFigures> FiguresAsync(int id, CancellationToken cancellationToken)
    {
        var votes = db.Set<ContestVote>().Where(v => v.ContestId == id && v.RemovedAt == null);
        return new ContestFigures(await db.Set<ContestEntry>().CountAsync(e => e.ContestId == id, cancellationToken),
            await votes.Select(v => v.ResidentId).Distinct().CountAsync(cancellationToken), await votes.CountAsync(cancellationToken));
    }

    public async Task<ContestEntry> AddEntryAsync(int id, NewEntry input, CancellationToken cancellationToken)
    {
        var contest = await GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", ContestEntry.MaxTitle);
        var description = errors.Text(input.Description, "description", Contest.MaxDescription, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var entry = new ContestEntry(contest, title, description.Length == 0 ? null : description, scope.UserName ?? "", Now);
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("contest.entry", "Contest", id.ToString(), $"entry={entry.Id}", cancellationToken);
        return entry;
    }

    public async Task<IReadOnlyList<ContestEntry>> EntriesAsync(int id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        return await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The signed-in resident's own vote, from their phone.</summary>
    public async Task<VoteReceipt> VoteAsync(int id, int? entryId, string userId, CancellationToken cancellationToken)
    {
        var own = await self.OwnResidentAsync(userId, cancellationToken);
        return await CastAsync(id, entryId, own.Id, own.CommunityId, ContestVoteChannel.Online, cancellationToken);
    }

    /// <summary>A resident's vote on a paper slip at an on-site vote, entered by staff: the same rules as online.</summary>
    public async Task<VoteReceipt> VoteOnSiteAsync(int id, OnSiteVote input, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var resident = input.ResidentId is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (resident is null) throw new FieldValidationException("residentId", input.ResidentId is null ? "Validation.Required" : "Contest.ResidentNotFound");
        return await CastAsync(id, input.EntryId, resident.Id, resident.CommunityId, ContestVoteChannel.OnSite, cancellationToken);
    }

    /// <summary>
    /// A vote inside the voting window, for an entry of the contest, by a resident of its community, not for the same
    /// entry twice a day, not beyond the daily limit. Each vote takes the day's next free slot; when another vote of
    /// the same resident took it first (a double tap, two phones), the rules are read again and the next slot tried.
    /// </summary>
    private async Task<VoteReceipt> CastAsync(int id, int? entryId, int residentId, int residentCommunity, ContestVoteChannel channel, CancellationToken cancellationToken)
    {
        var contest = await GetAsync(id, cancellationToken);
        if (contest.CommunityId != residentCommunity)
        {
            if (channel == ContestVoteChannel.Online) throw new NotFoundException();
            throw new FieldValidationException("residentId", "Contest.ResidentNotFound");
        }
        var entry = entryId is { } e ? await db.Set<ContestEntry>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == e && x.ContestId == id, cancellationToken) : null;
        if (entry is null) throw new FieldValidationException("entryId", entryId is null ? "Validation.Required" : "Contest.EntryNotFound");
        var now = Now;
        if (now < contest.OpensAt) throw new ConflictException("Contest.NotOpenYet");
        if (now >= contest.ClosesAt) throw new ConflictException("Contest.Closed");

        var day = ChinaTime.Today(clock);
        for (var attempt = 0; attempt <= contest.VotesPerDay; attempt++)
        {
            var today = await db.Set<ContestVote>().AsNoTracking().Where(v => v.ContestId == id && v.ResidentId == residentId && v.Day == day)
                .Select(v => new { v.EntryId, v.Slot }).ToListAsync(cancellationToken);
            if (today.Any(v => v.EntryId == entry.Id)) throw new ConflictException("Contest.EntryToday");
            if (today.Count >= contest.VotesPerDay) throw new ConflictException("Contest.DailyLimit", new Dictionary<string, object?> { ["limit"] = contest.VotesPerDay });
            var slot = Enumerable.Range(1, contest.VotesPerDay).First(s => today.All(v => v.Slot != s));
            var vote = new ContestVote(entry, residentId, day, slot, channel, scope.UserName ?? "", now);
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

    public async Task<IReadOnlyList<VoteLine>> VotesAsync(int id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        return [.. (await db.Set<ContestVote>().AsNoTracking().Where(v => v.ContestId == id).OrderByDescending(v => v.CastAt).ThenByDescending(v => v.Id).ToListAsync(cancellationToken))
            .Select(v => new VoteLine(v.Id, v.EntryId, v.ResidentId, v.Day, v.Channel, ChinaTime.ToOffset(v.CastAt), v.EnteredBy, ChinaTime.ToOffset(v.RemovedAt), v.RemovedBy, v.RemovedReason))];
    }

    /// <summary>
    /// Takes a vote out with a recorded reason: the entry's count drops in the same transaction, the vote keeps its
    /// line (and its day's slot: a removed vote is not given back), and the removal is listed for everyone.
    /// </summary>
    public async Task RemoveVoteAsync(int id, int voteId, RemoveVote input, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
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
        await GetAsync(id, cancellationToken);
        var titles = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        return [.. (await db.Set<ContestVote>().IgnoreQueryFilters().AsNoTracking().Where(v => v.ContestId == id && v.RemovedAt != null).OrderBy(v => v.RemovedAt)
                .Select(v => new { v.EntryId, v.Day, v.RemovedAt, v.RemovedReason }).ToListAsync(cancellationToken))
            .Select(v => new Removal(v.EntryId, titles.GetValueOrDefault(v.EntryId) ?? "", v.Day, ChinaTime.ToOffset(v.RemovedAt!.Value), v.RemovedReason ?? ""))];
    }

    public async Task<IReadOnlyList<RankingLine>> RankingAsync(int id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var entries = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).OrderByDescending(e => e.Votes).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Title, e.Votes }).ToListAsync(cancellationToken);
        return [.. entries.Select(e => new RankingLine(e.Id, e.Title, e.Votes, 1 + entries.Count(other => other.Votes > e.Votes)))];
    }
}
