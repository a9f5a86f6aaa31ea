using System.Security.Claims;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers;

/// <summary>
/// Volunteers, their service records and certificates under Order 67. Staff act within their scope; a certificate
/// is checked by anyone through its number.
/// </summary>
public sealed class VolunteersService(IAuthorizationService authorization, LinliDb db, ResidentDirectory residents, Residents.SelfService.SelfServiceService self, AuditLog audit, TimeProvider clock)
{
    private const string Separator = "、";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<VolunteerView> RegisterAsync(RegisterVolunteerRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        if (request.Consent != true) errors["consent"] = new("Volunteer.ConsentRequired");
        var skills = Joined(request.Skills, "skills", errors);
        var categories = Joined(request.ServiceCategories, "serviceCategories", errors);
        var resident = request.ResidentId is { } residentId ? await residents.FindAsync(residentId, cancellationToken) : null;
        if (resident is not { Living: true }) errors["residentId"] = new("Volunteer.ResidentNotFound");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var volunteer = new Volunteer(resident!.CommunityId, resident.Id, skills, categories, user.Identity?.Name ?? "", Now);
        db.Set<Volunteer>().Add(volunteer);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ConflictException("Volunteer.AlreadyRegistered");
        }
        volunteer.Numbered();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await audit.RecordAsync("volunteer.registered", "Volunteer", volunteer.Id.ToString(), $"resident={resident.Id} number={volunteer.Number} consent", cancellationToken);
        return await ViewAsync(volunteer.Id, cancellationToken);
    }

    public async Task<VolunteerView> ViewAsync(int volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken) ?? throw new NotFoundException();
        var name = (await residents.NamesAsync([volunteer.ResidentId], cancellationToken)).GetValueOrDefault(volunteer.ResidentId) ?? throw new NotFoundException();
        // Summed here: SQLite keeps decimals as text and cannot add them up; one volunteer's records are few.
        var hours = await db.Set<ServiceRecord>().Where(s => s.VolunteerId == volunteerId).Select(s => s.Hours).ToListAsync(cancellationToken);
        return new VolunteerView(volunteer.Id, volunteer.Number, volunteer.ResidentId, name, Split(volunteer.Skills), Split(volunteer.ServiceCategories),
            ChinaTime.ToOffset(volunteer.RegisteredAt), hours.Sum(), hours.Count, StarLevel.Of(hours.Sum()));
    }

    /// <summary>Art. 7's fields, all required; hours are the time actually given, at most 24 in a day; a date more than 10 working days back is recorded as late.</summary>
    public async Task<ServiceRecordView> RecordServiceAsync(int volunteerId, ServiceRecordRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken) ?? throw new NotFoundException();
        var errors = new Dictionary<string, FieldError>();
        var activity = errors.Text(request.ActivityName, "activityName", 100);
        var place = errors.Text(request.Place, "place", 200);
        var content = errors.Text(request.Content, "content", 1000);
        var organizer = errors.Text(request.Organizer, "organizer", 100);
        var inCharge = errors.Text(request.PersonInCharge, "personInCharge", 50);
        var today = ChinaTime.Today(clock);
        if (request.Date is not { } date) errors["date"] = new("Validation.Required");
        else if (date > today) errors["date"] = new("Volunteer.DateInFuture");
        if (request.Hours is not { } hours || hours <= 0 || hours > 24 || decimal.Round(hours, 2) != hours) errors["hours"] = new("Volunteer.HoursInvalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var record = new ServiceRecord(volunteer, activity, request.Date!.Value, place, content, request.Hours!.Value, organizer, inCharge, today, user.Identity?.Name ?? "", Now);
        db.Set<ServiceRecord>().Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.service-recorded", "Volunteer", volunteer.Id.ToString(), $"record={record.Id} {record.Hours}h" + (record.Late ? " late" : ""), cancellationToken);
        return View(record);
    }

    public async Task<IReadOnlyList<ServiceRecordView>> RecordsAsync(int volunteerId, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken) ?? throw new NotFoundException();
        var records = await db.Set<ServiceRecord>().AsNoTracking().Where(s => s.VolunteerId == volunteer.Id).OrderByDescending(s => s.Date).ThenByDescending(s => s.Id)
            .Take(1000).ToListAsync(cancellationToken);
        return [.. records.Select(View)];
    }

    /// <summary>
    /// A numbered certificate of the hours served (in a period, or all), their content and the recording unit (the
    /// community). Refused when there is nothing to certify. Written to the audit chain.
    /// </summary>
    public async Task<CertificateView> IssueCertificateAsync(int volunteerId, CertificateRequest request, string verifyBase, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var volunteer = await db.Set<Volunteer>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == volunteerId, cancellationToken) ?? throw new NotFoundException();
        if (request.From is { } f && request.To is { } t && t < f) throw new FieldValidationException("to", "Volunteer.PeriodInvalid");
        var coIssuer = request.CoIssuer?.Trim() is { Length: > 0 } named ? named : null;
        if (coIssuer?.Length > Certificate.MaxIssuer) throw new FieldValidationException("coIssuer", "Validation.MaxLength", Certificate.MaxIssuer);
        var records = db.Set<ServiceRecord>().AsNoTracking().Where(s => s.VolunteerId == volunteer.Id);
        if (request.From is { } from) records = records.Where(s => s.Date >= from);
        if (request.To is { } to) records = records.Where(s => s.Date <= to);
        var served = await records.Select(s => new { s.Hours, s.ActivityName, s.Date }).ToListAsync(cancellationToken);
        if (served.Count == 0) throw new ConflictException("Volunteer.NothingToCertify");
        var names = served.GroupBy(s => s.ActivityName).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        var content = string.Join(Separator, names.Take(5)) + (names.Count > 5 ? "等" : "");
        var unit = await RecordingUnitAsync(volunteer.CommunityId, cancellationToken);
        var certificate = new Certificate(volunteer, served.Sum(s => s.Hours), served.Count, content, unit, request.From ?? served.Min(s => s.Date), request.To ?? served.Max(s => s.Date),
            request.Sealed ?? false, user.Identity?.Name ?? "", Now, coIssuer);
        db.Set<Certificate>().Add(certificate);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("volunteer.certificate-issued", "Volunteer", volunteer.Id.ToString(), $"certificate={certificate.Number} {certificate.Hours}h" + (coIssuer is null ? "" : $" with {coIssuer}"), cancellationToken);
        return View(certificate, verifyBase);
    }

    /// <summary>Anyone's check of a certificate number; null when no certificate has it.</summary>
    public async Task<CertificateCheck?> CheckAsync(string number, CancellationToken cancellationToken)
    {
        var row = await db.Set<Certificate>().IgnoreQueryFilters().AsNoTracking().Where(c => c.Number == number)
            .Join(db.Set<Volunteer>().IgnoreQueryFilters(), c => c.VolunteerId, v => v.Id, (c, v) => new { c, v.ResidentId }).FirstOrDefaultAsync(cancellationToken);
        if (row is null) return null;
        var c = row.c;
        return new CertificateCheck(true, c.Number, await residents.MaskedNameAsync(row.ResidentId, cancellationToken), c.Hours, c.Services, c.Content, c.RecordingUnit, c.From, c.To,
            DateOnly.FromDateTime(ChinaTime.FromUtc(c.IssuedAt)), c.CoIssuer);
    }

    /// <summary>
    /// The certificate as a Word file, for staff of the volunteer's community or the volunteer themselves; 404 for
    /// anyone else (the public check shows what it states, not the document with the full name).
    /// </summary>
    public async Task<(byte[] Content, string FileName)> DocumentAsync(string number, string verifyBase, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // IgnoreQueryFilters turns off every filter of a query, so staff read through the filters end to end.
        var staff = await authorization.AllowsAsync(user, VolunteersPolicies.Manage);
        var certificates = staff ? db.Set<Certificate>() : db.Set<Certificate>().IgnoreQueryFilters();
        var volunteers = staff ? db.Set<Volunteer>() : db.Set<Volunteer>().IgnoreQueryFilters();
        var row = await certificates.AsNoTracking().Where(c => c.Number == number)
            .Join(volunteers, c => c.VolunteerId, v => v.Id, (c, v) => new { c, v.ResidentId, VolunteerNumber = v.Number })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();
        if (!staff && (await self.OwnResidentAsync(user.UserId(), cancellationToken)).Id != row.ResidentId) throw new NotFoundException();
        // The staff member's or the volunteer's own scope shows the name; anyone else has been turned away above.
        var name = (await residents.NamesAsync([row.ResidentId], cancellationToken)).GetValueOrDefault(row.ResidentId) ?? throw new NotFoundException();
        return (CertificateDocument.Build(View(row.c, verifyBase), name, row.VolunteerNumber), $"志愿服务证明-{row.c.Number}.docx");
    }

    /// <summary>
    /// The community that records a service (Art. 7's organizing unit when no team ran it, a certificate's recording unit,
    /// an award's awarding unit), by name from the region tree: a compound's staff do not see the community above them.
    /// </summary>
    internal async Task<string> RecordingUnitAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<RegionNode>().IgnoreQueryFilters().Where(r => r.Id == communityId).Select(r => r.Name).FirstAsync(cancellationToken);

    /// <summary>Art. 7's person in charge: the recording staff member's display name (their user name when they have none), at most 50 characters.</summary>
    internal Task<string> PersonInChargeAsync(ClaimsPrincipal user, CancellationToken cancellationToken) => PersonInChargeAsync(user.Identity?.Name ?? "", cancellationToken);

    internal async Task<string> PersonInChargeAsync(string userName, CancellationToken cancellationToken)
    {
        var name = await db.Users.Where(u => u.UserName == userName).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? userName;
        return name.Length <= 50 ? name : name[..50];
    }

    public static string VerifyPath(string number) => $"/verify/{number}";

    internal static CertificateView View(Certificate c, string verifyBase) =>
        new(c.Number, verifyBase.TrimEnd('/') + VerifyPath(c.Number), c.Hours, c.Services, c.Content, c.RecordingUnit, c.From, c.To, c.Sealed, ChinaTime.ToOffset(c.IssuedAt), c.CoIssuer);

    internal static ServiceRecordView View(ServiceRecord r) =>
        new(r.Id, r.VolunteerId, r.ActivityName, r.Date, r.Place, r.Content, r.Hours, r.Organizer, r.PersonInCharge, r.Late, ChinaTime.ToOffset(r.RecordedAt));

    private static string Joined(IReadOnlyList<string>? items, string field, Dictionary<string, FieldError> errors)
    {
        var text = string.Join(Separator, (items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct());
        if (text.Length > Volunteer.MaxListText) errors[field] = new("Validation.MaxLength", Volunteer.MaxListText);
        return text;
    }

    private static string[] Split(string text) => text.Length == 0 ? [] : text.Split(Separator);
}
