using Linli.Web.Modules.Activities;
using Linli.Web.Modules.Residents;
using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Support;

/// <summary>
/// Everyday support around the elders: home services with their providers and donors, pairings (结对) whose contacts
/// are the register's visits (so the overdue list knows), and chronic-disease clubs whose talks are activities.
/// </summary>
public sealed class SupportService(LinliDb db, ResidentDirectory residents, CareService ledger, ActivityDirectory activities, ResidentPlacement placement,
    AuditLog audit, AccessScope scope, TimeProvider clock)
{
    public const string ClubCategory = "慢病俱乐部";

    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<int> RecordServiceAsync(NewHomeService input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind)) errors["kind"] = new("Validation.Required");
        var provider = errors.Text(input.Provider, "provider", HomeService.MaxName);
        var donor = errors.Text(input.Donor, "donor", HomeService.MaxName, required: false);
        var note = errors.Text(input.Note, "note", 500, required: false);
        if (input.Quantity is < 1 or > 1000) errors["quantity"] = new("Validation.Range", 1, 1000);
        var on = input.On ?? Today;
        if (on > Today) errors["on"] = new("Care.DateFuture");
        var resident = await LivingAsync(input.ResidentId, "residentId", errors, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var service = new HomeService(resident!.CommunityId, resident.Id, (input.Kind!.Value, on, input.Quantity ?? 1), (provider, donor.Length == 0 ? null : donor),
            note.Length == 0 ? null : note, scope.UserName ?? "");
        db.Add(service);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.home-service", "HomeService", service.Id.ToString(), $"kind={service.Kind}", cancellationToken);
        return service.Id;
    }

    public async Task<IReadOnlyList<HomeServiceLine>> ServicesAsync(int communityId, int? residentId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rows = await db.Set<HomeService>().AsNoTracking().Where(s => s.CommunityId == communityId && (residentId == null || s.ResidentId == residentId))
            .OrderByDescending(s => s.On).ThenByDescending(s => s.Id).Take(200).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.Select(r => r.ResidentId), cancellationToken);
        return [.. rows.Select(s => new HomeServiceLine(s.Id, s.ResidentId, names.GetValueOrDefault(s.ResidentId, ""), s.Kind, s.On, s.Provider, s.Donor, s.Quantity))];
    }

    public async Task<int> PairAsync(NewPairing input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (input.PartnerKind is not { } kind || !Enum.IsDefined(kind)) errors["partnerKind"] = new("Validation.Required");
        if (input.Purpose is not { } purpose || !Enum.IsDefined(purpose)) errors["purpose"] = new("Validation.Required");
        var name = errors.Text(input.PartnerName, "partnerName", Pairing.MaxName);
        if (input.CadenceDays is not (>= 1 and <= 90)) errors["cadenceDays"] = new("Validation.Range", 1, 90);
        var startedOn = input.StartedOn ?? Today;
        if (startedOn > Today) errors["startedOn"] = new("Care.DateFuture");
        var elder = await LivingAsync(input.ElderId, "elderId", errors, cancellationToken);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var pairing = new Pairing(elder!.CommunityId, elder.Id, (input.PartnerKind!.Value, name), input.Purpose!.Value, input.CadenceDays!.Value, startedOn, scope.UserName ?? "");
        db.Add(pairing);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.pairing", "Pairing", pairing.Id.ToString(), $"partner={pairing.PartnerKind} purpose={pairing.Purpose}", cancellationToken);
        return pairing.Id;
    }

    /// <summary>A contact of the pairing: written to the register as a visit by the partner, so the overdue list counts it.</summary>
    public async Task ContactAsync(int id, PairingContact input, CancellationToken cancellationToken)
    {
        var pairing = await db.Set<Pairing>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var note = errors.Text(input.Note, "note", 4000);
        var on = input.On ?? Today;
        if (on > Today) errors["on"] = new("Care.DateFuture");
        else if (on < pairing.StartedOn) errors["on"] = new("Care.BeforePairing", pairing.StartedOn.ToString("yyyy-MM-dd"));
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (pairing.EndedOn is not null) throw new ConflictException("Care.PairingEnded");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ledger.RecordContactAsync(pairing.ElderId, new VisitRequest(on, VisitKind.HomeVisit, pairing.PartnerName, note, null, null), scope.UserName ?? "", cancellationToken);
        pairing.Contacted(on);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task EndPairingAsync(int id, CancellationToken cancellationToken)
    {
        var pairing = await db.Set<Pairing>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException();
        if (pairing.EndedOn is not null) throw new ConflictException("Care.PairingEnded");
        pairing.End(Today);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.pairing-ended", "Pairing", id.ToString(), "ended", cancellationToken);
    }

    /// <summary>A community's pairings in force, the ones due a contact first.</summary>
    public async Task<IReadOnlyList<PairingLine>> PairingsAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var rows = await db.Set<Pairing>().AsNoTracking().Where(p => p.CommunityId == communityId && p.EndedOn == null).OrderBy(p => p.Id).Take(500).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(rows.Select(r => r.ElderId), cancellationToken);
        var today = Today;
        return [.. rows.Select(p => new PairingLine(p.Id, p.ElderId, names.GetValueOrDefault(p.ElderId, ""), p.PartnerKind, p.PartnerName, p.Purpose, p.CadenceDays,
            p.StartedOn, p.LastContactOn, p.DueOn, p.DueOn < today)).OrderByDescending(p => p.Due).ThenBy(p => p.DueOn)];
    }

    /// <summary>How many pairings in force are past their cadence, for the workbench: three columns, no names.</summary>
    public async Task<int> PairingsDueAsync(int communityId, CancellationToken cancellationToken)
    {
        var today = Today;
        var rows = await db.Set<Pairing>().AsNoTracking().Where(p => p.CommunityId == communityId && p.EndedOn == null)
            .Select(p => new { p.LastContactOn, p.StartedOn, p.CadenceDays }).ToListAsync(cancellationToken);
        return rows.Count(p => (p.LastContactOn ?? p.StartedOn).AddDays(p.CadenceDays) < today);
    }

    public async Task<int> FoundClubAsync(NewClub input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var name = errors.Text(input.Name, "name", Club.MaxName);
        var condition = errors.Text(input.Condition, "condition", Club.MaxName);
        if (input.CommunityId is null) errors["communityId"] = new("Validation.Required");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await placement.EnsureCommunityAsync(input.CommunityId!.Value, cancellationToken);
        var club = new Club(input.CommunityId.Value, name, condition, scope.UserName ?? "");
        db.Add(club);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.club", "Club", club.Id.ToString(), "founded", cancellationToken);
        return club.Id;
    }

    public async Task JoinAsync(int clubId, ClubMembership input, CancellationToken cancellationToken)
    {
        var club = await ClubAsync(clubId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var resident = await LivingAsync(input.ResidentId, "residentId", errors, cancellationToken);
        if (resident is not null && resident.CommunityId != club.CommunityId) errors["residentId"] = new("Care.ResidentUnknown");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        if (await db.Set<ClubMember>().AnyAsync(m => m.ClubId == clubId && m.ResidentId == resident!.Id, cancellationToken)) throw new ConflictException("Care.AlreadyMember");
        db.Add(new ClubMember(club, resident!.Id, Today));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.club-member", "Club", clubId.ToString(), "joined", cancellationToken);
    }

    public async Task LeaveAsync(int clubId, int residentId, CancellationToken cancellationToken)
    {
        await ClubAsync(clubId, cancellationToken);
        var removed = await db.Set<ClubMember>().Where(m => m.ClubId == clubId && m.ResidentId == residentId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0) throw new NotFoundException();
        await audit.RecordAsync("care.club-member", "Club", clubId.ToString(), "left", cancellationToken);
    }

    /// <summary>A club's session: a doctor's talk published as an activity (category 慢病俱乐部) residents sign up for.</summary>
    public async Task<int> AddSessionAsync(int clubId, NewClubSession input, CancellationToken cancellationToken)
    {
        var club = await ClubAsync(clubId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var title = errors.Text(input.Title, "title", 100);
        var doctor = errors.Text(input.Doctor, "doctor", Club.MaxName, required: false);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var activity = await activities.CreateAsync(new NewActivity(club.CommunityId, title, doctor.Length == 0 ? $"{club.Name}" : $"{club.Name} · 主讲：{doctor}", input.Place,
            input.StartsAt, input.EndsAt, 40, ActivityStatus.Published, null, true, ClubCategory, doctor.Length == 0 ? null : doctor), cancellationToken);
        db.Add(new ClubSession(club, activity.Id));
        await db.SaveChangesAsync(cancellationToken);
        return activity.Id;
    }

    public async Task<IReadOnlyList<ClubLine>> ClubsAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        return await db.Set<Club>().AsNoTracking().Where(c => c.CommunityId == communityId).OrderBy(c => c.Id)
            .Select(c => new ClubLine(c.Id, c.Name, c.Condition, db.Set<ClubMember>().Count(m => m.ClubId == c.Id), db.Set<ClubSession>().Count(s => s.ClubId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A club with its members (a sensitive list: recorded) and its talks.</summary>
    public async Task<ClubDetail> ReadClubAsync(int id, CancellationToken cancellationToken)
    {
        var club = await ClubAsync(id, cancellationToken);
        var members = await db.Set<ClubMember>().AsNoTracking().Where(m => m.ClubId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var names = await residents.NamesAsync(members.Select(m => m.ResidentId), cancellationToken);
        await audit.RecordAsync("privacy.sensitive-list", "Club", id.ToString(), $"{members.Count} members", cancellationToken);
        var sessions = await db.Set<ClubSession>().AsNoTracking().Where(s => s.ClubId == id).Select(s => s.ActivityId).ToListAsync(cancellationToken);
        return new ClubDetail(club.Id, club.CommunityId, club.Name, club.Condition, [.. members.Select(m => new ClubMemberLine(m.ResidentId, names.GetValueOrDefault(m.ResidentId, ""), m.JoinedOn))],
            await activities.SummariesAsync(sessions, 100, cancellationToken));
    }

    private async Task<Club> ClubAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Club>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException();

    private async Task<ResidentBasics?> LivingAsync(int? id, string field, Dictionary<string, FieldError> errors, CancellationToken cancellationToken)
    {
        var resident = id is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (resident is { Living: true }) return resident;
        errors[field] = new("Care.ResidentUnknown");
        return null;
    }
}
