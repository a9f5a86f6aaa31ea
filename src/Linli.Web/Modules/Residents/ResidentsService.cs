using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// An edit of a register entry. A field left out (null) keeps its value, so the sealed ID number and phone,
/// which forms never show, need not be sent back; an empty text removes it. Null tags keep the tags; a list
/// replaces the recorded ones, and replaces the sensitive ones only for a caller allowed to see them.
/// </summary>
public sealed record ResidentChange(ResidentInput Input, IReadOnlyList<string>? Tags, DisabilityInput? Disability);

public sealed record NewResident(int? UnitId, int? CommunityId, int? HouseholdId, ResidentInput Input, IReadOnlyList<string> Tags, DisabilityInput? Disability);

/// <summary>Registering residents and reading them back. Reads are scoped by LinliDb; writes check the place.</summary>
public sealed class ResidentsService(LinliDb db, AccessScope scope, ResidentPlacement placement, ResidentTagService tags, ResidentViewBuilder views,
    FieldEncryptor encryptor, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<Resident> CreateAsync(NewResident request, CancellationToken cancellationToken)
    {
        var (details, errors) = ResidentValidator.Validate(request.Input, Today);
        var place = await placement.ResolveAsync(request.UnitId, request.CommunityId, errors, cancellationToken);
        var checkedTags = ResidentTagService.Check(request.Tags, details?.BirthDate ?? Today, Today, request.Disability, errors);
        if (place is not null) ResidentTagService.CheckDefined(checkedTags, await tags.DefinedAsync(place.CommunityId, cancellationToken), errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var lookup = details!.IdNumber is null ? null : encryptor.Lookup(details.IdNumber);
        if (lookup is not null && await db.Set<Resident>().AnyAsync(r => r.CommunityId == place!.CommunityId && r.IdNumberLookup == lookup, cancellationToken))
            throw new ConflictException("Resident.Duplicate");

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var household = await placement.HouseholdAsync(place!, request.HouseholdId, errors, now, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await db.SaveChangesAsync(cancellationToken);
        var resident = new Resident(household, details, lookup, now);
        db.Set<Resident>().Add(resident);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another writer registered the same ID number a moment earlier; the unique index decided.
            throw new ConflictException("Resident.Duplicate");
        }
        tags.Add(resident, checkedTags, request.Disability);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("resident.created", "Resident", resident.Id.ToString(), $"community={resident.CommunityId}", cancellationToken);
        return resident;
    }

    public async Task<Resident> UpdateAsync(int id, ResidentChange change, bool maySeeSensitive, CancellationToken cancellationToken)
    {
        var resident = await db.Set<Resident>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        var given = change.Input;
        var input = new ResidentInput(given.Name ?? resident.Name, given.Gender ?? resident.Gender.ToString(), given.BirthDate ?? resident.BirthDate,
            given.IdNumber ?? resident.IdNumber, given.Phone ?? resident.Phone, given.RelationToHead ?? resident.RelationToHead,
            given.MovedInOn ?? resident.MovedInOn, given.Notes ?? resident.Notes);
        var (details, errors) = ResidentValidator.Validate(input, Today);
        var checkedTags = change.Tags is null ? null : ResidentTagService.Check(change.Tags, details?.BirthDate ?? Today, Today, change.Disability, errors);
        if (checkedTags is not null) ResidentTagService.CheckDefined(checkedTags, await tags.DefinedAsync(resident.CommunityId, cancellationToken), errors);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var lookup = details!.IdNumber is null ? null : encryptor.Lookup(details.IdNumber);
        if (lookup is not null && await db.Set<Resident>().AnyAsync(r => r.CommunityId == resident.CommunityId && r.IdNumberLookup == lookup && r.Id != id, cancellationToken))
            throw new ConflictException("Resident.Duplicate");
        var changed = ChangedFields(resident, details, lookup);
        resident.Update(details, lookup);
        if (checkedTags is not null)
        {
            await tags.ReplaceAsync(resident, checkedTags, change.Disability, maySeeSensitive, cancellationToken);
            changed.Add("tags");
        }
        await db.SaveChangesAsync(cancellationToken);
        // Which fields changed, never their values: the audit log is read by more people than the register.
        await audit.RecordAsync("resident.updated", "Resident", id.ToString(), string.Join(",", changed), cancellationToken);
        return resident;
    }

    /// <summary>
    /// Moved away or deceased (with the date), or living here again. Someone who left also leaves the
    /// care ledger on that day, so overdue lists stop asking for visits to them.
    /// </summary>
    public async Task<Resident> SetStatusAsync(int id, ResidentStatus status, DateOnly? on, CancellationToken cancellationToken)
    {
        var resident = await db.Set<Resident>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (!Enum.IsDefined(status)) throw new FieldValidationException("status", "Validation.Invalid");
        if (status != ResidentStatus.Living)
        {
            if (on is null) throw new FieldValidationException("on", "Resident.StatusDateRequired");
            if (on > Today) throw new FieldValidationException("on", "Resident.StatusDateFuture");
            if (on < resident.BirthDate) throw new FieldValidationException("on", "Resident.StatusDateBeforeBirth");
        }
        resident.SetStatus(status, on);
        if (status != ResidentStatus.Living)
            foreach (var care in await db.Set<Care.ServiceRecipient>().Where(s => s.ResidentId == id && s.EndedOn == null).ToListAsync(cancellationToken))
                care.End(on!.Value);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("resident.status", "Resident", id.ToString(), $"{status} {on:yyyy-MM-dd}", cancellationToken);
        return resident;
    }

    private static List<string> ChangedFields(Resident resident, ResidentDetails details, string? lookup)
    {
        var changed = new List<string>();
        if (resident.Name != details.Name) changed.Add("name");
        if (resident.Gender != details.Gender) changed.Add("gender");
        if (resident.BirthDate != details.BirthDate) changed.Add("birthDate");
        if (resident.IdNumberLookup != lookup) changed.Add("idNumber");
        if (resident.Phone != details.Phone) changed.Add("phone");
        if (resident.RelationToHead != details.RelationToHead) changed.Add("relationToHead");
        if (resident.MovedInOn != details.MovedInOn) changed.Add("movedInOn");
        if (resident.Notes != details.Notes) changed.Add("notes");
        return changed;
    }

    public async Task<ResidentSummary> SummaryAsync(Resident resident, CancellationToken cancellationToken) =>
        (await views.SummariesAsync([resident], Today, cancellationToken))[0];

    /// <summary>One resident, masked. Sensitive tags are included only when allowed, and that read is audited.</summary>
    public async Task<ResidentDetail> GetAsync(int id, bool includeSensitive, CancellationToken cancellationToken)
    {
        var resident = await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();
        var detail = await views.DetailAsync(resident, Today, includeSensitive, cancellationToken);
        if (includeSensitive && detail.SensitiveTags is { Count: > 0 })
            await audit.RecordAsync("privacy.sensitive-read", "Resident", id.ToString(), "care tags", cancellationToken);
        return detail;
    }

    /// <summary>The communities the caller works in, for pickers.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CommunitiesAsync(CancellationToken cancellationToken)
    {
        // From the scope's communities, not the region filter: staff assigned to a compound work for its community.
        var ids = scope.CommunityIds;
        var communities = db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Kind == Platform.Regions.RegionKind.Community);
        if (!scope.SeesAll) communities = communities.Where(r => ids.Contains(r.Id));
        return [.. (await communities.OrderBy(r => r.Code).Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken)).Select(c => (c.Id, c.Name))];
    }

    /// <summary>
    /// The community a console page works in: the one asked for when the caller works there, or, with none asked for,
    /// the first of theirs. <c>Missing</c> when the one asked for is not theirs (the page answers 404).
    /// </summary>
    public async Task<(int? Id, bool Missing)> ConsoleCommunityAsync(int? requested, CancellationToken cancellationToken)
    {
        var communities = await CommunitiesAsync(cancellationToken);
        if (requested is null) return (communities.Count > 0 ? communities[0].Id : null, false);
        return communities.Any(c => c.Id == requested) ? (requested, false) : (null, true);
    }

    /// <summary>A community's units with their labels ("锦华苑 1栋 1单元 101"), for the registration form.</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> UnitsAsync(int communityId, CancellationToken cancellationToken)
    {
        if (!scope.CoversCommunity(communityId)) return [];
        var community = await db.Regions.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.Id == communityId, cancellationToken);
        if (community is null) return [];
        var ids = await db.Regions.AsNoTracking().Where(r => r.Kind == Platform.Regions.RegionKind.Unit && r.Path.StartsWith(community.Path))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var labels = await views.UnitLabelsAsync(ids, cancellationToken);
        return [.. labels.OrderBy(l => l.Value, StringComparer.Ordinal).Select(l => (l.Key, l.Value))];
    }

    /// <summary>The compounds and courtyards of a community ("青桐老院 1号院"), for the list's area filter.</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> AreasAsync(int communityId, CancellationToken cancellationToken)
    {
        var community = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == communityId && r.Kind == Platform.Regions.RegionKind.Community, cancellationToken);
        if (community is null) return [];
        var ids = await db.Regions.AsNoTracking()
            .Where(r => r.Path.StartsWith(community.Path) && (r.Kind == Platform.Regions.RegionKind.Compound || r.Kind == Platform.Regions.RegionKind.Courtyard))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var labels = await views.UnitLabelsAsync(ids, cancellationToken);
        return [.. labels.OrderBy(l => l.Value, StringComparer.Ordinal).Select(l => (l.Key, l.Value))];
    }

    /// <summary>A unit's label ("东苑 1栋 101"), or null when there is no such unit in the caller's scope.</summary>
    public async Task<string?> UnitLabelAsync(int unitId, CancellationToken cancellationToken) =>
        await db.Regions.AnyAsync(r => r.Id == unitId && r.Kind == Platform.Regions.RegionKind.Unit, cancellationToken)
            ? (await views.UnitLabelsAsync([unitId], cancellationToken)).GetValueOrDefault(unitId)
            : null;

    /// <summary>The ids of the residents a query selects, as a query other modules compose with (counting, joining), unpaged.</summary>
    public async Task<IQueryable<int>> FilteredIdsAsync(ResidentQuery query, bool maySeeSensitive, CancellationToken cancellationToken) =>
        (await new ResidentSearch(db, tags, views, audit).FilterAsync(query, Today, maySeeSensitive, cancellationToken)).Select(r => r.Id);

    /// <summary>Whether a resident carries a tag (derived, recorded or sensitive), for eligibility checks the system makes on their behalf.</summary>
    public Task<bool> CarriesTagAsync(int residentId, string tag, CancellationToken cancellationToken) =>
        new ResidentSearch(db, tags, views, audit).CarriesAsync(residentId, tag, Today, cancellationToken);

    public Task<ResidentPage> SearchAsync(ResidentQuery query, bool maySeeSensitive, CancellationToken cancellationToken) =>
        new ResidentSearch(db, tags, views, audit).RunAsync(query, Today, maySeeSensitive, cancellationToken);
}
