using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.SelfService;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Contests;

/// <summary>Who is looking at a contest's entries: staff see every entry; a resident sees the approved ones and their household's own.</summary>
public sealed record EntryViewer(bool Staff, int? ResidentId, int? HouseholdId);

/// <summary>Public contests: staff set them up and review the households' entries; households enter with their photos; the pages count their views.</summary>
public sealed class ContestsService(LinliDb db, ResidentPlacement placement, ResidentDirectory residents, SelfServiceService self, FileStore files,
    Grants.GrantProjectDirectory grantProjects, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxAwards = 1000;
    public const int MaxAccountsPerDevice = 20;
    public const int MaxVotesPerAddress = 100_000;

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
        if (input.AwardCount is < 1 or > MaxAwards) errors["awardCount"] = new("Validation.Range", 1, MaxAwards);
        if (input.AccountsPerDevice is < 1 or > MaxAccountsPerDevice) errors["accountsPerDevice"] = new("Validation.Range", 1, MaxAccountsPerDevice);
        if (input.VotesPerAddress is < 1 or > MaxVotesPerAddress) errors["votesPerAddress"] = new("Validation.Range", 1, MaxVotesPerAddress);
        if (input.GrantProjectId is { } project && input.CommunityId is { } community && opensAt is { } from && closesAt is { } to
            && await grantProjects.CheckActivityAsync(project, community, from, to, cancellationToken) is { } refusal)
            errors["grantProjectId"] = new(refusal);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);

        var limits = new ContestLimits(input.AwardCount, input.AccountsPerDevice ?? ContestLimits.DefaultAccountsPerDevice, input.VotesPerAddress ?? ContestLimits.DefaultVotesPerAddress);
        var contest = new Contest(input.CommunityId.Value, title, description.Length == 0 ? null : description, opensAt!.Value, closesAt!.Value, input.VotesPerDay!.Value,
            limits, scope.UserName ?? "", Now);
        contest.InProject(input.GrantProjectId);
        db.Add(contest);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("contest.created", "Contest", contest.Id.ToString(),
            $"community={contest.CommunityId} project={contest.GrantProjectId} perDay={contest.VotesPerDay} awards={contest.AwardCount} perDevice={contest.AccountsPerDevice} perAddress={contest.VotesPerAddress}",
            cancellationToken);
        return contest;
    }

    public async Task<Contest> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Contest>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();

    public async Task<IReadOnlyList<Contest>> ListAsync(int? communityId, CancellationToken cancellationToken) =>
        await db.Set<Contest>().AsNoTracking().Where(c => communityId == null || c.CommunityId == communityId)
            .OrderByDescending(c => c.OpensAt).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>What the caller may see of the contest's entries: everything for staff, the approved and their own household's for a resident.</summary>
    public async Task<EntryViewer> ViewerAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ContestsPolicies.IsStaff(user)) return new EntryViewer(true, null, null);
        var own = await self.FindOwnResidentAsync(Platform.Identity.ClaimsPrincipalExtensions.UserId(user), cancellationToken);
        return new EntryViewer(false, own?.Id, own?.HouseholdId);
    }

    /// <summary>
    /// Figures as the seeds report them: approved entries (and those waiting), distinct voters and votes counted (removed
    /// ones left out), and page views of the contest and its entries.
    /// </summary>
    public async Task<ContestFigures> FiguresAsync(int id, CancellationToken cancellationToken)
    {
        var contest = await GetAsync(id, cancellationToken);
        var votes = db.Set<ContestVote>().Where(v => v.ContestId == id && v.RemovedAt == null);
        var entries = await db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id).GroupBy(e => e.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Views = g.Sum(e => e.Views) }).ToListAsync(cancellationToken);
        return new ContestFigures(entries.Where(e => e.Status == EntryStatus.Approved).Sum(e => e.Count), entries.Where(e => e.Status == EntryStatus.Pending).Sum(e => e.Count),
            await votes.Select(v => v.ResidentId).Distinct().CountAsync(cancellationToken), await votes.CountAsync(cancellationToken),
            contest.Views + entries.Sum(e => e.Views));
    }

    /// <summary>Staff enter a household's entry from its signed form: approved at once.</summary>
    public async Task<ContestEntry> AddEntryAsync(int id, NewEntry input, CancellationToken cancellationToken)
    {
        var contest = await GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", ContestEntry.MaxTitle);
        var description = errors.Text(input.Description, "description", Contest.MaxDescription, required: false);
        if (input.HouseholdId is { } householdId && (await residents.FindHouseholdAsync(householdId, cancellationToken))?.CommunityId != contest.CommunityId)
            errors["householdId"] = new("Contest.HouseholdNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        return await SaveEntryAsync(new ContestEntry(contest, input.HouseholdId, title, description.Length == 0 ? null : description, null, scope.UserName ?? "", Now),
            cancellationToken);
    }

    /// <summary>
    /// A resident enters their household from the portal, agreeing to its publication; staff approve it before anyone
    /// sees it. A photo sent with it is saved in the same transaction: one that is not an image leaves no entry behind.
    /// </summary>
    public async Task<ContestEntry> SubmitAsync(int id, NewSubmission input, string userId, Stream? photo, CancellationToken cancellationToken)
    {
        var contest = await GetAsync(id, cancellationToken);
        var own = await self.OwnResidentAsync(userId, cancellationToken);
        if (own.CommunityId != contest.CommunityId) throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", ContestEntry.MaxTitle);
        var description = errors.Text(input.Description, "description", Contest.MaxDescription, required: false);
        if (input.Consent != true) errors["consent"] = new("Contest.ConsentRequired");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (Now >= contest.ClosesAt) throw new ConflictException("Contest.Closed");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await SaveEntryAsync(new ContestEntry(contest, own.HouseholdId, title, description.Length == 0 ? null : description, own.Id, scope.UserName ?? "", Now),
            cancellationToken);
        if (photo is not null) await SavePhotoAsync(entry, photo, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>One entry per household, kept by a unique index under any race.</summary>
    private async Task<ContestEntry> SaveEntryAsync(ContestEntry entry, CancellationToken cancellationToken)
    {
        db.Add(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException failed) when (UniqueViolation.Is(failed))
        {
            db.ChangeTracker.Clear();
            throw new ConflictException("Contest.HouseholdEntered");
        }
        await audit.RecordAsync(entry.SubmittedBy is null ? "contest.entry" : "contest.entry.submitted", "Contest", entry.ContestId.ToString(),
            $"entry={entry.Id} household={entry.HouseholdId}", cancellationToken);
        return entry;
    }

    public async Task<IReadOnlyList<ContestEntry>> EntriesAsync(int id, EntryViewer viewer, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        return await Visible(db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id), viewer).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    public async Task<ContestEntry> EntryAsync(int id, int entryId, EntryViewer viewer, CancellationToken cancellationToken) =>
        await Visible(db.Set<ContestEntry>().AsNoTracking().Where(e => e.ContestId == id && e.Id == entryId), viewer).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();

    private static IQueryable<ContestEntry> Visible(IQueryable<ContestEntry> entries, EntryViewer viewer) =>
        viewer.Staff ? entries : entries.Where(e => e.Status == EntryStatus.Approved || (viewer.HouseholdId != null && e.HouseholdId == viewer.HouseholdId));

    /// <summary>Staff approve a waiting entry (it appears and takes votes) or reject it with a reason the household sees.</summary>
    public async Task ReviewAsync(int id, int entryId, bool approve, string? reason, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var why = errors.Text(reason, "reason", 200, required: !approve);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var reviewed = await db.Set<ContestEntry>().Where(e => e.Id == entryId && e.ContestId == id && e.Status == EntryStatus.Pending).ExecuteUpdateAsync(e => e
            .SetProperty(x => x.Status, approve ? EntryStatus.Approved : EntryStatus.Rejected)
            .SetProperty(x => x.RejectedReason, approve ? null : why)
            .SetProperty(x => x.ReviewedBy, scope.UserName ?? "")
            .SetProperty(x => x.ReviewedAt, Now), cancellationToken);
        if (reviewed == 0)
        {
            if (!await db.Set<ContestEntry>().AnyAsync(e => e.Id == entryId && e.ContestId == id, cancellationToken)) throw new NotFoundException();
            throw new ConflictException("Contest.EntryReviewed");
        }
        await audit.RecordAsync(approve ? "contest.entry.approved" : "contest.entry.rejected", "Contest", id.ToString(), $"entry={entryId}", cancellationToken);
    }

    /// <summary>
    /// A photo of the entry: staff for any entry, a household for its own entry until it is rejected (another
    /// household's entry answers 404 to a resident, like a record outside their reach).
    /// </summary>
    public async Task<ContestEntryPhoto> AddPhotoAsync(int id, int entryId, Stream content, EntryViewer viewer, CancellationToken cancellationToken)
    {
        var entry = await EntryAsync(id, entryId, viewer, cancellationToken);
        if (!viewer.Staff && entry.HouseholdId != viewer.HouseholdId) throw new NotFoundException();
        if (entry.Status == EntryStatus.Rejected) throw new ConflictException("Contest.EntryReviewed");
        if (await db.Set<ContestEntryPhoto>().CountAsync(p => p.EntryId == entryId, cancellationToken) >= ContestEntry.MaxPhotos)
            throw new ConflictException("Contest.TooManyPhotos", new Dictionary<string, object?> { ["maxPhotos"] = ContestEntry.MaxPhotos });
        return await SavePhotoAsync(entry, content, cancellationToken);
    }

    private async Task<ContestEntryPhoto> SavePhotoAsync(ContestEntry entry, Stream content, CancellationToken cancellationToken)
    {
        var file = await files.AddImageAsync(content, "file", scope.UserName ?? "", cancellationToken);
        var photo = new ContestEntryPhoto(entry, file.Id, scope.UserName ?? "", Now);
        db.Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("contest.entry.photo", "Contest", entry.ContestId.ToString(), $"entry={entry.Id} photo={photo.Id}", cancellationToken);
        return photo;
    }

    /// <summary>The photos of every entry of the contest at once (an entry's lines in the order they were added), for lists.</summary>
    public async Task<ILookup<int, int>> PhotosOfAsync(int id, CancellationToken cancellationToken) =>
        (await db.Set<ContestEntryPhoto>().AsNoTracking().Where(p => db.Set<ContestEntry>().Any(e => e.Id == p.EntryId && e.ContestId == id)).OrderBy(p => p.Id)
            .Select(p => new { p.EntryId, p.Id }).ToListAsync(cancellationToken)).ToLookup(p => p.EntryId, p => p.Id);

    public async Task<IReadOnlyList<int>> PhotoIdsAsync(int entryId, CancellationToken cancellationToken) =>
        await db.Set<ContestEntryPhoto>().AsNoTracking().Where(p => p.EntryId == entryId).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);

    public async Task<StoredFile> PhotoFileAsync(int id, int entryId, int photoId, EntryViewer viewer, CancellationToken cancellationToken)
    {
        await EntryAsync(id, entryId, viewer, cancellationToken);
        var fileId = await db.Set<ContestEntryPhoto>().Where(p => p.Id == photoId && p.EntryId == entryId).Select(p => (Guid?)p.FileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>
    /// An approved entry as anyone with its link sees it (shared in the neighbours' chat group), counting the view.
    /// Read past the scope: listed in IgnoreQueryFiltersTests. Null for an entry not approved.
    /// </summary>
    public async Task<PublicEntry?> PublicEntryAsync(int id, int entryId, CancellationToken cancellationToken)
    {
        var counted = await db.Set<ContestEntry>().IgnoreQueryFilters().Where(e => e.Id == entryId && e.ContestId == id && e.Status == EntryStatus.Approved)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.Views, x => x.Views + 1), cancellationToken);
        if (counted == 0) return null;
        var entry = await db.Set<ContestEntry>().IgnoreQueryFilters().AsNoTracking().FirstAsync(e => e.Id == entryId, cancellationToken);
        var contest = await db.Set<Contest>().IgnoreQueryFilters().AsNoTracking().FirstAsync(c => c.Id == id, cancellationToken);
        var photos = await db.Set<ContestEntryPhoto>().IgnoreQueryFilters().AsNoTracking().Where(p => p.EntryId == entryId).OrderBy(p => p.Id).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        return new PublicEntry(contest.Id, contest.Title, ChinaTime.ToOffset(contest.ClosesAt), entry.Id, entry.Title, entry.Description, entry.Votes, entry.Views, photos);
    }

    /// <summary>A photo of an approved entry for its public page (read past the scope like <see cref="PublicEntryAsync"/>).</summary>
    public async Task<StoredFile?> PublicPhotoFileAsync(int id, int entryId, int photoId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<ContestEntryPhoto>().IgnoreQueryFilters().Where(p => p.Id == photoId && p.EntryId == entryId)
            .Join(db.Set<ContestEntry>().IgnoreQueryFilters().Where(e => e.ContestId == id && e.Status == EntryStatus.Approved), p => p.EntryId, e => e.Id, (p, e) => (Guid?)p.FileId)
            .FirstOrDefaultAsync(cancellationToken);
        return fileId is { } f ? await files.FindAsync(f, cancellationToken) : null;
    }

    /// <summary>Counts one opening of the contest's page.</summary>
    public async Task CountViewAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Contest>().Where(c => c.Id == id).ExecuteUpdateAsync(c => c.SetProperty(x => x.Views, x => x.Views + 1), cancellationToken);
}
