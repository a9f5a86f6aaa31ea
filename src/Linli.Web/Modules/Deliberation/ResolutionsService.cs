using Linli.Web.Modules.Assemblies;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Surveys.Needs;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// What meetings decide and who follows up by when: resolutions (an Art. 278 matter referred to the owners instead),
/// action items with their progress, the overdue lists, and what the community publishes of them.
/// </summary>
public sealed class ResolutionsService(LinliDb db, MeetingsService meetings, AssembliesService assemblies, ResidentPlacement placement, NeedsService needs, FileStore files,
    AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const int MaxCount = 100_000;
    public const int DefaultTake = 200;
    public const int MaxTake = 1000;
    public const int PublicResolutions = 100;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Resolution> CreateAsync(int meetingId, NewResolution input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var text = errors.Text(input.Text, "text", Resolution.MaxText);
        var referred = input.OwnersMatter is not null || input.DecidedBy == DecisionMethod.ReferredToOwners;
        if (input.OwnersMatter is { } m && !Enum.IsDefined(m)) errors["ownersMatter"] = new("Validation.Required");
        else if (input.DecidedBy == DecisionMethod.ReferredToOwners && input.OwnersMatter is null) errors["ownersMatter"] = new("Deliberation.MatterRequired");
        if (!referred && (input.DecidedBy is not { } method || !Enum.IsDefined(method))) errors["decidedBy"] = new("Validation.Required");
        (int, int, int)? hands = null;
        if (!referred && input.DecidedBy == DecisionMethod.Hands)
        {
            foreach (var (value, field) in new[] { (input.For, "for"), (input.Against, "against"), (input.Abstain, "abstain") })
                if (value is not { } n || n < 0 || n > MaxCount) errors[field] = new("Validation.Range", 0, MaxCount);
            if (errors.Count == 0) hands = (input.For!.Value, input.Against!.Value, input.Abstain!.Value);
        }
        var meeting = await meetings.GetAsync(meetingId, cancellationToken);
        var compound = referred ? await CompoundAsync(meeting, input.CompoundId, errors, cancellationToken) : null;
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int? assemblyId = null;
        // Civil Code Art. 278: the owners decide this, not a meeting; a draft assembly is opened for them instead.
        if (referred) assemblyId = await assemblies.DraftForMatterAsync(compound!.Value, text, input.OwnersMatter!.Value, cancellationToken);
        var resolution = new Resolution(meeting, text, referred ? DecisionMethod.ReferredToOwners : input.DecidedBy!.Value, hands, assemblyId, input.Publish ?? false,
            scope.UserName ?? "", Now);
        db.Add(resolution);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("resolution.recorded", "Meeting", meetingId.ToString(), $"resolution={resolution.Id} by={resolution.DecidedBy} assembly={assemblyId}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return resolution;
    }

    /// <summary>The compound whose owners decide a referred matter: the one named, or the place of the meeting's body when that is a compound.</summary>
    private async Task<int?> CompoundAsync(Meeting meeting, int? named, Dictionary<string, FieldError> errors, CancellationToken cancellationToken)
    {
        var candidate = named ?? (meeting.BodyId is { } bodyId
            ? await db.Set<DeliberationBody>().Where(b => b.Id == bodyId).Select(b => (int?)b.RegionId).FirstOrDefaultAsync(cancellationToken)
            : null);
        var region = candidate is { } id ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.Kind == RegionKind.Compound, cancellationToken) : null;
        if (region is null || await placement.CommunityOfAsync(region.Path, cancellationToken) != meeting.CommunityId)
        {
            errors["compoundId"] = new(named is null ? "Deliberation.CompoundRequired" : "Deliberation.CompoundNotFound");
            return null;
        }
        return region.Id;
    }

    public async Task<Resolution> GetAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Resolution>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>A resolution's text for another module that links to it (works it decided), if the caller can see it.</summary>
    public async Task<string?> TextOfAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Resolution>().AsNoTracking().Where(r => r.Id == id).Select(r => r.Text).FirstOrDefaultAsync(cancellationToken);

    public async Task PublishAsync(int id, CancellationToken cancellationToken)
    {
        await GetAsync(id, cancellationToken);
        var now = Now;
        await db.Set<Resolution>().Where(r => r.Id == id && r.PublishedAt == null).ExecuteUpdateAsync(r => r.SetProperty(x => x.PublishedAt, now), cancellationToken);
        await audit.RecordAsync("resolution.published", "Resolution", id.ToString(), "", cancellationToken);
    }

    public async Task<IReadOnlyList<ResolutionView>> OfMeetingAsync(int meetingId, CancellationToken cancellationToken)
    {
        await meetings.GetAsync(meetingId, cancellationToken);
        var resolutions = await db.Set<Resolution>().AsNoTracking().Where(r => r.MeetingId == meetingId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var today = ChinaTime.Today(clock);
        var actions = (await db.Set<ActionItem>().AsNoTracking().Where(a => a.MeetingId == meetingId).OrderBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(cancellationToken))
            .ToLookup(a => a.ResolutionId);
        return [.. resolutions.Select(r => new ResolutionView(r.Id, r.MeetingId, r.Text, r.DecidedBy, r.For, r.Against, r.Abstain, r.AssemblyId, r.PublishedAt is not null,
            [.. actions[r.Id].Select(a => View(a, today))]))];
    }

    public async Task<ActionItem> AddActionAsync(int resolutionId, NewAction input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", ActionItem.MaxTitle);
        var responsible = errors.Text(input.Responsible, "responsible", ActionItem.MaxResponsible);
        var spec = errors.Text(input.Spec, "spec", ActionItem.MaxSpec, required: false);
        var fundedBy = errors.Text(input.FundedBy, "fundedBy", ActionItem.MaxResponsible, required: false);
        if (input.DueOn is not { } dueOn) errors["dueOn"] = new("Deliberation.DueRequired");
        else if (dueOn < ChinaTime.Today(clock)) errors["dueOn"] = new("Deliberation.DuePast");
        var resolution = await GetAsync(resolutionId, cancellationToken);
        if (input.NeedId is { } needId && !await needs.IsInCommunityAsync(needId, resolution.CommunityId, cancellationToken)) errors["needId"] = new("Deliberation.NeedNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var action = new ActionItem(resolution, title, responsible, spec.Length == 0 ? null : spec, input.DueOn!.Value, input.NeedId, fundedBy.Length == 0 ? null : fundedBy,
            scope.UserName ?? "", Now);
        db.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("action.created", "Resolution", resolutionId.ToString(), $"action={action.Id} due={action.DueOn:yyyy-MM-dd}", cancellationToken);
        return action;
    }

    /// <summary>The community's latest resolutions, newest first: what another module's page offers to add an action item under.</summary>
    public async Task<IReadOnlyList<ResolutionChoice>> LatestInCommunityAsync(int communityId, int take, CancellationToken cancellationToken) =>
        await db.Set<Resolution>().AsNoTracking().Where(r => r.CommunityId == communityId).OrderByDescending(r => r.Id).Take(take)
            .Select(r => new ResolutionChoice(r.Id, r.Text)).ToListAsync(cancellationToken);

    /// <summary>An action item added from another module (a patrol's finding), by id; the resolution must be of <paramref name="communityId"/>.</summary>
    public async Task<int> AddActionForAsync(int resolutionId, int communityId, NewAction input, CancellationToken cancellationToken)
    {
        if (await db.Set<Resolution>().Where(r => r.Id == resolutionId).Select(r => (int?)r.CommunityId).FirstOrDefaultAsync(cancellationToken) != communityId)
            throw new FieldValidationException("resolutionId", "Deliberation.ResolutionNotFound");
        return (await AddActionAsync(resolutionId, input, cancellationToken)).Id;
    }

    public async Task<ActionItem> GetActionAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ActionItem>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>
    /// Moves an action item with a progress note: blocked needs the reason (the note); verified follows done; done and
    /// verified mean 100 percent. Every move is a progress entry the item's history shows.
    /// </summary>
    public async Task<ActionItem> UpdateActionAsync(int id, ActionUpdate input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Status is not { } status || !Enum.IsDefined(status)) errors["status"] = new("Validation.Required");
        var note = errors.Text(input.Note, "note", ActionItem.MaxNote, required: input.Status == ActionStatus.Blocked);
        if (input.Status == ActionStatus.Blocked && note.Length == 0) errors["note"] = new("Deliberation.BlockedReason");
        if (input.Percent is < 0 or > 100) errors["percent"] = new("Validation.Range", 0, 100);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var action = await db.Set<ActionItem>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();
        var to = input.Status!.Value;
        if (to == ActionStatus.Verified && action.Status != ActionStatus.Done) throw new ConflictException("Deliberation.VerifyAfterDone");
        if (action.Status == ActionStatus.Verified) throw new ConflictException("Deliberation.AlreadyVerified");
        var percent = to is ActionStatus.Done or ActionStatus.Verified ? 100 : input.Percent ?? action.Percent;
        action.Move(to, percent, note.Length == 0 ? null : note, scope.UserName ?? "", Now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(new ActionProgress(action, note.Length == 0 ? null : note, scope.UserName ?? "", Now));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("action.moved", "Resolution", action.ResolutionId.ToString(), $"action={id} status={to} percent={percent}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return action;
    }

    /// <summary>A photo of the work as a progress entry at the item's current status.</summary>
    public async Task<ActionProgress> AddPhotoAsync(int id, Stream content, string? note, CancellationToken cancellationToken)
    {
        var action = await GetActionAsync(id, cancellationToken);
        var text = note?.Trim() ?? "";
        if (text.Length > ActionItem.MaxNote) throw new FieldValidationException("note", "Validation.MaxLength", ActionItem.MaxNote);
        var file = await files.AddImageAsync(content, "file", scope.UserName ?? "", cancellationToken);
        var progress = new ActionProgress(action, text.Length == 0 ? null : text, scope.UserName ?? "", Now);
        progress.Attach(file.Id);
        db.Add(progress);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("action.photo", "Resolution", action.ResolutionId.ToString(), $"action={id} file={file.Id}", cancellationToken);
        return progress;
    }

    public async Task<IReadOnlyList<ProgressView>> ProgressAsync(int id, CancellationToken cancellationToken)
    {
        await GetActionAsync(id, cancellationToken);
        return [.. (await db.Set<ActionProgress>().AsNoTracking().Where(p => p.ActionId == id).OrderByDescending(p => p.At).ThenByDescending(p => p.Id).ToListAsync(cancellationToken))
            .Select(p => new ProgressView(p.Id, p.Status, p.Percent, p.Note, p.PhotoFileId is not null, p.By, ChinaTime.ToOffset(p.At)))];
    }

    public async Task<StoredFile> PhotoAsync(int id, int progressId, CancellationToken cancellationToken)
    {
        var fileId = await db.Set<ActionProgress>().Where(p => p.Id == progressId && p.ActionId == id).Select(p => p.PhotoFileId).FirstOrDefaultAsync(cancellationToken);
        return (fileId is { } f ? await files.FindAsync(f, cancellationToken) : null) ?? throw new NotFoundException();
    }

    /// <summary>
    /// Action items of the caller's communities (of one community, of one body), open ones or only the overdue —
    /// past their due date and neither done nor verified — the longest overdue first.
    /// </summary>
    public async Task<IReadOnlyList<ActionLine>> ListActionsAsync(int? communityId, int? bodyId, bool overdue, int? take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > MaxTake) throw new FieldValidationException("take", "Validation.Range", 1, MaxTake);
        var today = ChinaTime.Today(clock);
        var actions = db.Set<ActionItem>().AsNoTracking().Where(a => communityId == null || a.CommunityId == communityId);
        if (bodyId is { } body) actions = actions.Where(a => db.Set<Meeting>().Any(m => m.Id == a.MeetingId && m.BodyId == body));
        actions = overdue
            ? actions.Where(a => ActionItem.OpenStatuses.Contains(a.Status) && a.DueOn < today)
            : actions.Where(a => a.Status != ActionStatus.Verified);
        return await actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id).Take(take ?? DefaultTake)
            .Select(a => new ActionLine(a.Id, a.Title, a.DueOn, a.Status, a.Percent, a.Responsible, a.CommunityId, a.MeetingId,
                a.DueOn < today && ActionItem.OpenStatuses.Contains(a.Status)))
            .ToListAsync(cancellationToken);
    }

    public ActionView View(ActionItem a) => View(a, ChinaTime.Today(clock));

    private static ActionView View(ActionItem a, DateOnly today) => new(a.Id, a.ResolutionId, a.Title, a.Responsible, a.Spec, a.DueOn, a.Status, a.Percent, a.BlockedReason,
        ActionItem.IsOpen(a.Status) && a.DueOn < today, a.NeedId, a.FundedBy, a.VerifiedBy);

    /// <summary>
    /// A community's published resolutions as anyone sees them (no sign-in; read past the scope, listed in
    /// IgnoreQueryFiltersTests): newest first, each with its action items' progress. Who is responsible stays off the
    /// public page: staff may have written a person's name there.
    /// </summary>
    public async Task<IReadOnlyList<PublicResolution>> PublicAsync(int communityId, CancellationToken cancellationToken)
    {
        var resolutions = await db.Set<Resolution>().IgnoreQueryFilters().AsNoTracking().Where(r => r.CommunityId == communityId && r.PublishedAt != null)
            .Join(db.Set<Meeting>().IgnoreQueryFilters(), r => r.MeetingId, m => m.Id, (r, m) => new { r.Id, r.Text, r.DecidedBy, m.Title, m.StartsAt, r.PublishedAt })
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Take(PublicResolutions).ToListAsync(cancellationToken);
        var ids = resolutions.Select(r => r.Id).ToList();
        var today = ChinaTime.Today(clock);
        var actions = (await db.Set<ActionItem>().IgnoreQueryFilters().AsNoTracking().Where(a => ids.Contains(a.ResolutionId)).OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken)).ToLookup(a => a.ResolutionId);
        return [.. resolutions.Select(r => new PublicResolution(r.Id, r.Text, r.DecidedBy, r.Title, DateOnly.FromDateTime(ChinaTime.FromUtc(r.StartsAt)),
            [.. actions[r.Id].Select(a => new PublicAction(a.Title, a.Status, a.Percent, a.DueOn, ActionItem.IsOpen(a.Status) && a.DueOn < today))]))];
    }
}

/// <summary>A resolution as a picker lists it.</summary>
public sealed record ResolutionChoice(int Id, string Text);
