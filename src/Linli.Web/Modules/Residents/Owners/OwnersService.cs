using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Owners;

/// <summary>What a form or the API says about an owner, before checking.</summary>
public sealed record OwnerInput(int? UnitId, OwnerKind? Kind, int? ResidentId, string? Name, string? IdNumber, string? Phone,
    string? CreditCode, decimal? Share, DateOnly? Since);

/// <summary>An owner as lists show them: ID number and phone masked.</summary>
public sealed record OwnerView(int Id, int UnitId, string? UnitLabel, OwnerKind Kind, int? ResidentId, string Name,
    string? IdNumberMasked, string? PhoneMasked, decimal? Share, DateOnly? Since, DateOnly? EndedOn);

/// <summary>
/// One current owner of one unit, as other modules count owners (an owners' assembly's roll): who, not how to reach
/// them. <see cref="OwnerKey"/> is the same on every unit of one owner.
/// </summary>
public sealed record UnitHolding(int UnitId, string OwnerKey, OwnerKind Kind, string Name, int? ResidentId);

/// <summary>The owners of units (业主名册): recorded per unit, found by unit or by resident.</summary>
public sealed class OwnersService(LinliDb db, ResidentPlacement placement, ResidentViewBuilder views, FieldEncryptor encryptor, AuditLog audit, TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<UnitOwner> AddAsync(OwnerInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var place = input.UnitId is null ? null : await placement.ResolveAsync(input.UnitId, null, errors, cancellationToken, parkingAllowed: true);
        if (input.UnitId is null) errors["unitId"] = new("Validation.Required");
        var kind = input.Kind ?? OwnerKind.Person;
        if (!Enum.IsDefined(kind)) errors["kind"] = new("Validation.Invalid");

        Resident? resident = null;
        if (input.ResidentId is { } residentId)
        {
            resident = await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken);
            if (resident is null || (place is not null && resident.CommunityId != place.CommunityId)) errors["residentId"] = new("Owner.ResidentNotFound");
            if (kind != OwnerKind.Person) errors["kind"] = new("Owner.ResidentIsPerson");
        }
        var name = (resident?.Name ?? input.Name)?.Trim() ?? "";
        if (name.Length is 0 or > 100) errors["name"] = new("Owner.NameRequired");

        var idNumber = resident?.IdNumber;
        if (resident is null && !string.IsNullOrWhiteSpace(input.IdNumber))
        {
            if (kind != OwnerKind.Person) errors["idNumber"] = new("Owner.IdNumberForPersons");
            else if (Residents.IdNumber.TryParse(input.IdNumber, out var idError) is { } parsed) idNumber = parsed.Value;
            else errors["idNumber"] = new(idError!);
        }
        var phone = resident?.Phone;
        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            phone = ResidentValidator.NormalizePhone(input.Phone);
            if (phone is null) errors["phone"] = new("Validation.Phone");
        }
        var creditCode = input.CreditCode?.Trim().ToUpperInvariant();
        if (creditCode is { Length: > 0 } && (kind == OwnerKind.Person || creditCode.Length != 18)) errors["creditCode"] = new("Owner.CreditCodeInvalid");
        if (input.Share is { } share && (share <= 0 || share > 100 || decimal.Round(share, 2) != share)) errors["share"] = new("Owner.ShareInvalid");
        if (input.Since > Today) errors["since"] = new("Resident.StatusDateFuture");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var current = await db.Set<UnitOwner>().Where(o => o.UnitId == place!.UnitId && o.EndedOn == null).ToListAsync(cancellationToken);
        var key = OwnerKeyOf(kind, resident, idNumber, creditCode, name);
        if (current.Any(o => o.OwnerKey == key)) throw new ConflictException("Owner.Duplicate");
        if (input.Share is not null && current.Sum(o => o.Share ?? 0) + input.Share > 100)
            throw new FieldValidationException("share", "Owner.SharesOver100");

        var owner = new UnitOwner(place!.CommunityId, place.UnitId!.Value, kind, resident?.Id, name, idNumber, phone, key, input.Share, input.Since,
            clock.GetUtcNow().UtcDateTime);
        db.Set<UnitOwner>().Add(owner);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("owner.added", "Unit", owner.UnitId.ToString(), $"owner={owner.Id} kind={kind}", cancellationToken);
        return owner;
    }

    /// <summary>Records an owner for another module (an assembly's demo compound): the ownership's id, not the register's row.</summary>
    public async Task<int> RecordAsync(OwnerInput input, CancellationToken cancellationToken) => (await AddAsync(input, cancellationToken)).Id;

    /// <summary>Ownership ends (sold, inherited): the row stays with its end date.</summary>
    public async Task EndAsync(int id, DateOnly? on, CancellationToken cancellationToken)
    {
        var owner = await db.Set<UnitOwner>().FirstOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException();
        var day = on ?? Today;
        if (day > Today) throw new FieldValidationException("on", "Resident.StatusDateFuture");
        if (owner.EndedOn is not null) throw new ConflictException("Owner.AlreadyEnded");
        owner.End(day);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("owner.ended", "Unit", owner.UnitId.ToString(), $"owner={owner.Id}", cancellationToken);
    }

    public async Task<IReadOnlyList<OwnerView>> ListAsync(int? unitId, int? residentId, bool includeEnded, CancellationToken cancellationToken)
    {
        if (unitId is null && residentId is null) throw new FieldValidationException("unitId", "Owner.UnitOrResidentRequired");
        var owners = db.Set<UnitOwner>().AsNoTracking();
        if (unitId is not null)
        {
            // A unit outside the caller's scope does not exist for them (the region filter hides it).
            if (!await db.Regions.AnyAsync(r => r.Id == unitId && (r.Kind == RegionKind.Unit || r.Kind == RegionKind.ParkingSpace), cancellationToken)) throw new NotFoundException();
            owners = owners.Where(o => o.UnitId == unitId);
        }
        if (residentId is not null)
        {
            // Every unit of this person: by the resident link, or by the same ID number recorded elsewhere.
            var resident = await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken) ?? throw new NotFoundException();
            owners = owners.Where(o => o.ResidentId == residentId || (resident.IdNumberLookup != null && o.OwnerKey == "id:" + resident.IdNumberLookup));
        }
        if (!includeEnded) owners = owners.Where(o => o.EndedOn == null);
        var list = await owners.OrderBy(o => o.UnitId).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        var labels = await views.UnitLabelsAsync([.. list.Select(o => o.UnitId).Distinct()], cancellationToken);
        return [.. list.Select(o => new OwnerView(o.Id, o.UnitId, labels.GetValueOrDefault(o.UnitId), o.Kind, o.ResidentId, o.Name,
            Mask.IdNumber(o.IdNumber), Mask.Phone(o.Phone), o.Share, o.Since, o.EndedOn))];
    }

    /// <summary>The current owners of the given units (ownerships not ended), for counting.</summary>
    public async Task<IReadOnlyList<UnitHolding>> CurrentHoldingsAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken) =>
        await db.Set<UnitOwner>().AsNoTracking().Where(o => unitIds.Contains(o.UnitId) && o.EndedOn == null).OrderBy(o => o.Id)
            .Select(o => new UnitHolding(o.UnitId, o.OwnerKey, o.Kind, o.Name, o.ResidentId)).ToListAsync(cancellationToken);

    private string OwnerKeyOf(OwnerKind kind, Resident? resident, string? idNumber, string? creditCode, string name) =>
        resident?.IdNumberLookup is { } residentLookup ? "id:" + residentLookup
        : idNumber is not null ? "id:" + encryptor.Lookup(idNumber)
        : resident is not null ? $"resident:{resident.Id}"
        : creditCode is { Length: > 0 } ? "org:" + creditCode
        : $"{kind.ToString().ToLowerInvariant()}:{name}";
}
