using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.SelfService;

/// <summary>A resident's own record in the portal, as they may see it: masked like everywhere, their own tags included.</summary>
public sealed record OwnRecordView(ResidentSummary Resident, IReadOnlyList<CareFlagDetail> SensitiveTags, IReadOnlyList<CorrectionView> Corrections);

/// <summary>A resident's portal account, as created by staff.</summary>
public sealed record ResidentAccountView(int ResidentId, string UserName);

public sealed record CorrectionView(int Id, int ResidentId, string ResidentName, string Field, string Requested, CorrectionStatus Status,
    string? Response, DateTime CreatedAt, DateTime? ResolvedAt);

/// <summary>
/// Residents reading their own record and asking for corrections, and staff answering them. A resident's
/// reads go through their account link only, never through the staff scope (residents have none).
/// </summary>
public sealed class SelfServiceService(LinliDb db, UsersService users, ResidentViewBuilder views, Guardians.GuardiansService guardians, AuditLog audit,
    TimeProvider clock)
{
    /// <summary>The fields a resident can ask to correct, as the portal's picker lists them.</summary>
    public static readonly string[] Fields = ["name", "gender", "birthDate", "idNumber", "phone", "unit", "tags", "other"];

    public async Task<OwnRecordView> OwnAsync(string userId, CancellationToken cancellationToken)
    {
        var resident = await OwnEntryAsync(userId, cancellationToken);
        var today = DateOnly.FromDateTime(Platform.Localization.ChinaTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        var recorded = await db.Set<ResidentTag>().Where(t => t.ResidentId == resident.Id).Select(t => t.Key).ToListAsync(cancellationToken);
        // Living alone is a fact about the whole household, whom the resident's own view does not show.
        var alone = await db.Set<Resident>().IgnoreQueryFilters().CountAsync(r => r.HouseholdId == resident.HouseholdId && r.Status == ResidentStatus.Living, cancellationToken) == 1;
        var label = resident.UnitId is { } unit ? (await views.UnitLabelsAsync([unit], cancellationToken)).GetValueOrDefault(unit) : null;
        var summary = new ResidentSummary(resident.Id, resident.CommunityId, resident.HouseholdId, resident.UnitId, label, resident.Name, resident.Gender,
            resident.BirthDate, resident.AgeOn(today), Platform.Privacy.Mask.IdNumber(resident.IdNumber), Platform.Privacy.Mask.Phone(resident.Phone),
            ResidentTagService.Combine(resident, today, alone, recorded), resident.Status);
        var corrections = await db.Set<CorrectionRequest>().AsNoTracking()
            .Where(c => c.ResidentId == resident.Id).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return new OwnRecordView(summary, await SensitiveOfAsync(resident.Id, cancellationToken),
            [.. corrections.Select(c => View(c, resident.Name))]);
    }

    public async Task<CorrectionRequest> RequestAsync(string userId, string? field, string? requested, CancellationToken cancellationToken)
    {
        var resident = await OwnEntryAsync(userId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (field is null || !Fields.Contains(field)) errors["field"] = new("Correction.FieldInvalid");
        requested = requested?.Trim() ?? "";
        if (requested.Length is 0 or > CorrectionRequest.MaxLength) errors["requested"] = new("Correction.RequestedRequired", CorrectionRequest.MaxLength);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (await db.Set<CorrectionRequest>().CountAsync(c => c.ResidentId == resident.Id && c.Status == CorrectionStatus.Open, cancellationToken) >= 5)
            throw new ConflictException("Correction.TooManyOpen");
        var request = new CorrectionRequest(resident, field!, requested, clock.GetUtcNow().UtcDateTime);
        db.Set<CorrectionRequest>().Add(request);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("correction.requested", "Resident", resident.Id.ToString(), field!, cancellationToken);
        return request;
    }

    /// <summary>Staff: a portal account for a resident of their community, linked to the record.</summary>
    public async Task<ResidentAccountView> CreateAccountAsync(int residentId, string? userName, string? password, CancellationToken cancellationToken)
    {
        var resident = await db.Set<Resident>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken) ?? throw new NotFoundException();
        // One account per register entry, across every scope.
        if (await db.Set<ResidentAccount>().IgnoreQueryFilters().AnyAsync(a => a.ResidentId == residentId, cancellationToken))
            throw new ConflictException("Correction.AccountExists");
        if (string.IsNullOrWhiteSpace(userName)) throw new FieldValidationException("userName", "Validation.Required");
        if (string.IsNullOrWhiteSpace(password)) throw new FieldValidationException("password", "Validation.Required");
        // Two steps (the account, then the link): a failed link leaves an account without a record, which signs in to an empty portal page.
        var user = await users.CreateAsync(new NewUser(userName, password, resident.Name, [Roles.Resident], [], null), cancellationToken);
        db.Set<ResidentAccount>().Add(new ResidentAccount(user.Id, resident));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("resident.account-created", "Resident", residentId.ToString(), $"user={user.Id}", cancellationToken);
        return new ResidentAccountView(residentId, user.UserName!);
    }

    /// <summary>Staff: the requests of a community (scoped like every community record).</summary>
    public async Task<IReadOnlyList<CorrectionView>> ListAsync(int communityId, CorrectionStatus? status, CancellationToken cancellationToken)
    {
        var requests = db.Set<CorrectionRequest>().AsNoTracking().Where(c => c.CommunityId == communityId);
        if (status is not null) requests = requests.Where(c => c.Status == status);
        var list = await requests.OrderBy(c => c.Status).ThenBy(c => c.Id)
            .Join(db.Set<Resident>(), c => c.ResidentId, r => r.Id, (c, r) => new { Request = c, r.Name })
            .Take(500).ToListAsync(cancellationToken);
        return [.. list.Select(x => View(x.Request, x.Name))];
    }

    public async Task ResolveAsync(int id, CorrectionStatus status, string? response, string by, CancellationToken cancellationToken)
    {
        var request = await db.Set<CorrectionRequest>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (status == CorrectionStatus.Open || !Enum.IsDefined(status)) throw new FieldValidationException("status", "Validation.Invalid");
        if (status == CorrectionStatus.Declined && string.IsNullOrWhiteSpace(response)) throw new FieldValidationException("response", "Correction.ReasonRequired");
        if (request.Status != CorrectionStatus.Open) throw new ConflictException("Correction.AlreadyResolved");
        request.Resolve(status, response?.Trim(), by, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("correction.resolved", "Resident", request.ResidentId.ToString(), status.ToString(), cancellationToken);
    }

    /// <summary>The account's own register entry, or null for an account that is not a resident's (staff, an administrator).</summary>
    public async Task<ResidentBasics?> FindOwnResidentAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await OwnResidentAsync(userId, cancellationToken);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The acting resident: the register entry the signed-in account is linked to (404 for accounts without one).</summary>
    public async Task<ResidentBasics> OwnResidentAsync(string userId, CancellationToken cancellationToken)
    {
        var own = await OwnEntryAsync(userId, cancellationToken);
        return new ResidentBasics(own.Id, own.CommunityId, own.HouseholdId, own.UnitId, own.Name, own.BirthDate, own.Status == ResidentStatus.Living);
    }

    private async Task<Resident> OwnEntryAsync(string userId, CancellationToken cancellationToken)
    {
        // The link is how a person finds themselves, whatever their scope (a group leader's is their region, not their home).
        var link = await db.Set<ResidentAccount>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(a => a.UserId == userId, cancellationToken)
            ?? throw new NotFoundException();
        return await db.Set<Resident>().IgnoreQueryFilters().AsNoTracking().FirstAsync(r => r.Id == link.ResidentId, cancellationToken);
    }

    /// <summary>
    /// When each of these residents' portal accounts was opened (residents without one are left out): a contest's
    /// review flags accounts opened during the voting that all voted for one entry.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, DateTime>> AccountsOpenedAsync(IReadOnlyCollection<int> residentIds, CancellationToken cancellationToken) =>
        await db.Set<ResidentAccount>().AsNoTracking().Where(a => residentIds.Contains(a.ResidentId))
            .Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { a.ResidentId, u.CreatedAt })
            .ToDictionaryAsync(x => x.ResidentId, x => x.CreatedAt, cancellationToken);

    /// <summary>The people a resident acts for in the portal: themselves first, then the children in their care.</summary>
    public async Task<IReadOnlyList<Guardians.PersonLink>> PeopleAsync(ResidentBasics own, CancellationToken cancellationToken) =>
        [new Guardians.PersonLink(own.Id, own.Name), .. await guardians.WardsOfAsync(own.Id, cancellationToken)];

    /// <summary>Whom a resident may act for in the portal: themselves and the children in their care (nobody, for an account without an entry).</summary>
    public async Task<bool> ActsForAsync(string userId, int residentId, CancellationToken cancellationToken)
    {
        if (await FindOwnResidentAsync(userId, cancellationToken) is not { } own) return false;
        return own.Id == residentId
            || await db.Set<Guardians.Guardianship>().AnyAsync(g => g.GuardianId == own.Id && g.ChildId == residentId, cancellationToken);
    }

    private async Task<IReadOnlyList<CareFlagDetail>> SensitiveOfAsync(int residentId, CancellationToken cancellationToken) =>
        [.. (await db.Set<CareFlag>().AsNoTracking().Where(f => f.ResidentId == residentId).Select(f => f.Detail).ToListAsync(cancellationToken))
            .Select(d => System.Text.Json.JsonSerializer.Deserialize<CareFlagDetail>(d)!)];

    /// <summary>The requested value is shown masked when it is an ID number or phone: it is on screen for staff lists too.</summary>
    private static CorrectionView View(CorrectionRequest c, string name) =>
        new(c.Id, c.ResidentId, name, c.Field, c.Field switch
        {
            "idNumber" => Platform.Privacy.Mask.IdNumber(c.Requested) ?? "",
            "phone" => Platform.Privacy.Mask.Phone(c.Requested) ?? "",
            _ => c.Requested,
        }, c.Status, c.Response, c.CreatedAt, c.ResolvedAt);
}
