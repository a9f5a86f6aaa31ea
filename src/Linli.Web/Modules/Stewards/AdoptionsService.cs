using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.Guardians;
using Linli.Web.Modules.Volunteers;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards;

/// <summary>
/// The adoption register and its care log. A child adopts with one of the guardians the register records for them;
/// a child's name is shown masked (张*) wherever adoptions are listed. Photos are images checked by their bytes.
/// </summary>
public sealed class AdoptionsService(LinliDb db, ResidentDirectory residents, PracticeHours practice, FileStore files, AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public async Task<int> AdoptAsync(NewAdoption input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var item = errors.Text(input.Item, "item", Adoption.MaxItem);
        var place = errors.Text(input.Place, "place", Adoption.MaxPlace);
        var duties = errors.Text(input.Duties, "duties", Adoption.MaxDuties, required: false);
        var today = ChinaTime.Today(clock);
        var from = input.From ?? today;
        if (from > today) errors["from"] = new("Stewards.DateInFuture");
        var adopter = input.AdopterId is { } adopterId ? await residents.FindAsync(adopterId, cancellationToken) : null;
        if (adopter is not { Living: true }) errors["adopterId"] = new("Stewards.ResidentNotFound");
        else if (adopter.AgeOn(from) < GuardiansService.AdultAge)
        {
            if (input.GuardianId is not { } guardianId) errors["guardianId"] = new("Stewards.ChildNeedsGuardian");
            else if (!(await residents.GuardianIdsOfAsync(adopter.Id, cancellationToken)).Contains(guardianId)) errors["guardianId"] = new("Stewards.NotGuardian");
        }
        else if (input.GuardianId is not null) errors["guardianId"] = new("Stewards.AdultHasNoGuardian");
        var counts = input.CountsAsService ?? false;
        if (counts && adopter is { Living: true } && !await practice.IsVolunteerAsync(adopter.CommunityId, adopter.Id, cancellationToken))
            errors["countsAsService"] = new("Stewards.AdopterNotVolunteer");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var adoption = new Adoption(adopter!.CommunityId, input.Kind!.Value, (item, place), (adopter.Id, input.ByFamily ?? false, input.GuardianId), FieldChecks.OrNull(duties),
            from, counts, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(adoption);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("adoption.created", "Adoption", adoption.Id.ToString(), $"community={adoption.CommunityId} kind={adoption.Kind}", cancellationToken);
        return adoption.Id;
    }

    /// <summary>A care entry on a day from the adoption's start to today (or its hand-back day), with a photo when one is sent.</summary>
    public async Task<int> CareAsync(int id, NewCare input, Stream? photo, CancellationToken cancellationToken)
    {
        var adoption = await FindAsync(id, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", AdoptionCare.MaxNote);
        var on = input.On ?? ChinaTime.Today(clock);
        if (on < adoption.From || on > (adoption.To ?? ChinaTime.Today(clock))) errors["on"] = new("Stewards.CareOutsideAdoption");
        if (input.Hours is { } hours && (hours <= 0 || hours > AdoptionCare.MaxHours || decimal.Round(hours, 2) != hours))
            errors["hours"] = new("Stewards.CareHours", AdoptionCare.MaxHours);
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var file = photo is null ? null : await files.AddImageAsync(photo, "photo", scope.UserName ?? "", cancellationToken);
        var record = adoption.CountsAsService && input.Hours is { } given
            ? await practice.RecordAsync(new PracticeService(adoption.CommunityId, adoption.AdopterId, $"认养照护：{adoption.Item}", on, adoption.Place, note, given),
                cancellationToken)
            : null;
        var care = new AdoptionCare(adoption, on, note, input.Hours, file?.Id, record?.ServiceRecordId, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        db.Add(care);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (record is not null) await practice.AwardPointsAsync(record, cancellationToken);
        await audit.RecordAsync("adoption.care", "Adoption", id.ToString(), $"care={care.Id} service={record?.ServiceRecordId}", cancellationToken);
        return care.Id;
    }

    /// <summary>Hands the item back on a day (not before the start, not after today); a second hand-back is 409.</summary>
    public async Task HandBackAsync(int id, HandBack input, CancellationToken cancellationToken)
    {
        var adoption = await db.Set<Adoption>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();
        var on = input.On ?? ChinaTime.Today(clock);
        if (on < adoption.From || on > ChinaTime.Today(clock)) throw new FieldValidationException("on", "Stewards.CareOutsideAdoption");
        if (adoption.To is not null) throw new ConflictException("Stewards.HandedBack");
        adoption.HandBack(on);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("adoption.ended", "Adoption", id.ToString(), $"to={on:yyyy-MM-dd}", cancellationToken);
    }

    /// <summary>Adoptions still running that nobody has cared for (nor started) in the last <paramref name="days"/> days.</summary>
    public async Task<int> UncaredAsync(int communityId, int days, CancellationToken cancellationToken)
    {
        var since = ChinaTime.Today(clock).AddDays(-days);
        return await db.Set<Adoption>().CountAsync(a => a.CommunityId == communityId && a.To == null && a.From < since
            && !db.Set<AdoptionCare>().Any(c => c.AdoptionId == a.Id && c.On >= since), cancellationToken);
    }

    public async Task<IReadOnlyList<AdoptionLine>> ListAsync(int? communityId, CancellationToken cancellationToken)
    {
        var adoptions = await db.Set<Adoption>().AsNoTracking().Where(a => communityId == null || a.CommunityId == communityId)
            .OrderBy(a => a.To != null).ThenByDescending(a => a.From).ThenByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        var ids = adoptions.Select(a => a.Id).ToList();
        var care = await db.Set<AdoptionCare>().Where(c => ids.Contains(c.AdoptionId)).GroupBy(c => c.AdoptionId)
            .Select(g => new { g.Key, Count = g.Count(), Last = g.Max(c => c.On) }).ToDictionaryAsync(g => g.Key, cancellationToken);
        var names = await NamesAsync(adoptions, cancellationToken);
        return [.. adoptions.Select(a => Line(a, names, care.TryGetValue(a.Id, out var c) ? (c.Count, c.Last) : (0, null)))];
    }

    /// <summary>An adoption with its care log, latest first.</summary>
    public async Task<AdoptionDetail> ReadAsync(int id, CancellationToken cancellationToken)
    {
        var adoption = await FindAsync(id, cancellationToken);
        var log = await db.Set<AdoptionCare>().AsNoTracking().Where(c => c.AdoptionId == id).OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Take(500)
            .ToListAsync(cancellationToken);
        var names = await NamesAsync([adoption], cancellationToken);
        return new AdoptionDetail(Line(adoption, names, (log.Count, log.Count == 0 ? null : log.Max(c => c.On))), adoption.Duties,
            [.. log.Select(c => new CareLine(c.Id, c.On, c.Note, c.Hours, c.PhotoFileId is not null, c.ServiceRecordId))]);
    }

    /// <summary>Attaches the photo of a care entry recorded without one (an image, checked before anything is written); a second photo is 409.</summary>
    public async Task AttachPhotoAsync(int id, int careId, Stream? content, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        if (!await db.Set<AdoptionCare>().AnyAsync(c => c.Id == careId && c.AdoptionId == id, cancellationToken)) throw new NotFoundException();
        if (content is null) throw new FieldValidationException("photo", "Validation.Required");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var file = await files.AddImageAsync(content, "photo", scope.UserName ?? "", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Decided by the database: of two uploads at once, the second finds a photo already there.
        if (await db.Set<AdoptionCare>().Where(c => c.Id == careId && c.PhotoFileId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PhotoFileId, file.Id), cancellationToken) == 0)
            throw new ConflictException("Stewards.PhotoAttached");
        await audit.RecordAsync("adoption.photo", "Adoption", id.ToString(), $"care={careId} file={file.Id}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<StoredFile> CarePhotoAsync(int id, int careId, CancellationToken cancellationToken)
    {
        await FindAsync(id, cancellationToken);
        var fileId = await db.Set<AdoptionCare>().Where(c => c.Id == careId && c.AdoptionId == id).Select(c => c.PhotoFileId).FirstOrDefaultAsync(cancellationToken);
        return fileId is { } f ? await files.FindAsync(f, cancellationToken) ?? throw new NotFoundException() : throw new NotFoundException();
    }

    private async Task<Adoption> FindAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Adoption>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException();

    /// <summary>Names as listed: an adult's in full, a child's masked, the guardian's in full.</summary>
    private async Task<IReadOnlyDictionary<int, string>> NamesAsync(IReadOnlyList<Adoption> adoptions, CancellationToken cancellationToken)
    {
        var names = new Dictionary<int, string>(await residents.NamesAsync(adoptions.Select(a => a.AdopterId).Concat(adoptions
            .Where(a => a.GuardianId != null).Select(a => a.GuardianId!.Value)), cancellationToken));
        foreach (var child in adoptions.Where(a => a.GuardianId != null && names.ContainsKey(a.AdopterId)).Select(a => a.AdopterId).Distinct())
            names[child] = Platform.Privacy.Mask.Name(names[child])!;
        return names;
    }

    private static AdoptionLine Line(Adoption a, IReadOnlyDictionary<int, string> names, (int Count, DateOnly? Last) care) =>
        new(a.Id, a.CommunityId, a.Kind, a.Item, a.Place, a.AdopterId, names.GetValueOrDefault(a.AdopterId, ""), a.ByFamily,
            a.GuardianId, a.GuardianId is { } g ? names.GetValueOrDefault(g) : null, a.From, a.To, care.Count, care.Last, a.CountsAsService);
}
