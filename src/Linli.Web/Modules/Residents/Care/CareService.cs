using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Care;

/// <summary>The service-recipient ledger: who is in care at which grade, the visits, and who is overdue.</summary>
public sealed class CareService(LinliDb db, ResidentPlacement placement, ResidentViewBuilder views, AuditLog audit, TimeProvider clock)
{
    /// <summary>From this age a resident living alone counts as an elder living alone (独居老人).</summary>
    public const int ElderAge = 60;

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<ServiceRecipient> TakeIntoCareAsync(int residentId, CareRequest request, CancellationToken cancellationToken)
    {
        var resident = await ResidentAsync(residentId, cancellationToken);
        var responsible = request.Responsible?.Trim() ?? "";
        if (responsible.Length is 0 or > 50) throw new FieldValidationException("responsible", "Care.ResponsibleRequired");
        if (!Enum.IsDefined(request.Grade)) throw new FieldValidationException("grade", "Validation.Invalid");
        var recipient = await db.Set<ServiceRecipient>().FirstOrDefaultAsync(s => s.ResidentId == residentId, cancellationToken);
        if (recipient is null) db.Set<ServiceRecipient>().Add(recipient = new ServiceRecipient(resident, request.Grade, responsible, request.Needs?.Trim(), Today));
        else recipient.Change(request.Grade, responsible, request.Needs?.Trim());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("care.recipient-set", "Resident", residentId.ToString(), $"grade={request.Grade}", cancellationToken);
        return recipient;
    }

    public async Task<Visit> RecordVisitAsync(int residentId, VisitRequest request, string recordedBy, CancellationToken cancellationToken)
    {
        var resident = await ResidentAsync(residentId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        if (request.On > Today) errors["on"] = new("Care.VisitInFuture");
        if (string.IsNullOrWhiteSpace(request.Visitor) || request.Visitor.Length > 50) errors["visitor"] = new("Care.VisitorRequired");
        if (string.IsNullOrWhiteSpace(request.Findings) || request.Findings.Length > 4000) errors["findings"] = new("Care.FindingsRequired");
        if (!Enum.IsDefined(request.Kind)) errors["kind"] = new("Validation.Invalid");
        if (errors.Count > 0) throw new FieldValidationException(errors);
        var visit = new Visit(resident, request.On, request.Kind, request.Visitor.Trim(), request.Findings.Trim(), request.Needs?.Trim(), request.FollowUp?.Trim(),
            recordedBy, clock.GetUtcNow().UtcDateTime);
        db.Set<Visit>().Add(visit);
        await db.SaveChangesAsync(cancellationToken);
        return visit;
    }

    /// <summary>A contact recorded by another module (a pairing's partner looking in): a visit like any other, its id returned.</summary>
    public async Task<int> RecordContactAsync(int residentId, VisitRequest request, string recordedBy, CancellationToken cancellationToken) =>
        (await RecordVisitAsync(residentId, request, recordedBy, cancellationToken)).Id;

    /// <summary>Recipients past their grade's interval, and elders living alone unseen for the community's number of days.</summary>
    public async Task<IReadOnlyList<OverdueItem>> OverdueAsync(int communityId, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        var today = Today;
        var alertDays = await AlertDaysAsync(communityId, cancellationToken);
        var residents = db.Set<Resident>().Where(r => r.CommunityId == communityId && r.Status == ResidentStatus.Living);
        var withLastVisit = WithLastVisit(residents);

        var recipients = await db.Set<ServiceRecipient>().Where(s => s.CommunityId == communityId && s.EndedOn == null)
            .Join(withLastVisit, s => s.ResidentId, r => r.Resident.Id, (s, r) => new { s.Grade, s.StartedOn, r.Resident, r.Last })
            .ToListAsync(cancellationToken);
        var elderBorn = today.AddYears(-ElderAge);
        var alone = await withLastVisit
            .Where(r => r.Resident.BirthDate <= elderBorn
                && db.Set<Resident>().Count(m => m.HouseholdId == r.Resident.HouseholdId && m.Status == ResidentStatus.Living) == 1)
            .ToListAsync(cancellationToken);

        var items = new List<(Resident Resident, OverdueReason Reason, CareGrade? Grade, DateOnly? Last, DateOnly Due)>();
        foreach (var r in recipients)
        {
            var due = (r.Last ?? r.StartedOn).AddDays(ServiceRecipient.IntervalDays(r.Grade));
            if (due < today) items.Add((r.Resident, OverdueReason.GradeInterval, r.Grade, r.Last, due));
        }
        foreach (var r in alone)
        {
            // Never contacted is "no contact in the last N days" already: such an elder is due at once.
            var due = r.Last?.AddDays(alertDays) ?? DateOnly.FromDateTime(ChinaTime.FromUtc(r.Resident.CreatedAt));
            if (r.Last is null || due < today) items.Add((r.Resident, OverdueReason.LivingAloneUnseen, null, r.Last, due));
        }
        var labels = await views.UnitLabelsAsync([.. items.Where(i => i.Resident.UnitId is not null).Select(i => i.Resident.UnitId!.Value).Distinct()], cancellationToken);
        return [.. items.OrderBy(i => i.Due).ThenBy(i => i.Resident.Id).Select(i => new OverdueItem(i.Resident.Id, i.Resident.Name, i.Resident.AgeOn(today),
            i.Resident.UnitId is { } unit ? labels.GetValueOrDefault(unit) : null, i.Reason, i.Grade, i.Last,
            i.Last is { } last ? today.DayNumber - last.DayNumber : null, i.Due))];
    }

    /// <summary>Residents turning 80 or more this year whose birthday falls in the month: the monthly birthday party's list.</summary>
    public async Task<IReadOnlyList<BirthdayItem>> BirthdaysAsync(int communityId, int month, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        if (month is < 1 or > 12) throw new FieldValidationException("month", "Validation.Range", 1, 12);
        var today = Today;
        var bornBy = new DateOnly(today.Year - CareTags.ElderlyAge, 12, 31);
        var residents = await db.Set<Resident>().AsNoTracking()
            .Where(r => r.CommunityId == communityId && r.Status == ResidentStatus.Living && r.BirthDate <= bornBy && r.BirthDate.Month == month)
            .ToListAsync(cancellationToken);
        var labels = await views.UnitLabelsAsync([.. residents.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct()], cancellationToken);
        return [.. residents.OrderBy(r => r.BirthDate.Day).ThenBy(r => r.Name)
            .Select(r => new BirthdayItem(r.Id, r.Name, r.BirthDate, today.Year - r.BirthDate.Year, r.UnitId is { } unit ? labels.GetValueOrDefault(unit) : null))];
    }

    public async Task<int> AlertDaysAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Set<CareSettings>().Where(s => s.CommunityId == communityId).Select(s => (int?)s.LivingAloneAlertDays).FirstOrDefaultAsync(cancellationToken)
        ?? CareSettings.DefaultLivingAloneAlertDays;

    public async Task SetAlertDaysAsync(int communityId, int days, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        if (days is < 1 or > 90) throw new FieldValidationException("livingAloneAlertDays", "Validation.Range", 1, 90);
        var settings = await db.Set<CareSettings>().FirstOrDefaultAsync(s => s.CommunityId == communityId, cancellationToken);
        if (settings is null) db.Set<CareSettings>().Add(new CareSettings(communityId, days));
        else settings.Change(days);
        await db.SaveChangesAsync(cancellationToken);
    }

    private IQueryable<ResidentWithLastVisit> WithLastVisit(IQueryable<Resident> residents) =>
        residents.Select(r => new ResidentWithLastVisit { Resident = r, Last = db.Set<Visit>().Where(v => v.ResidentId == r.Id).Max(v => (DateOnly?)v.On) });

    private async Task<Resident> ResidentAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<Resident>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException();

    private sealed class ResidentWithLastVisit
    {
        public required Resident Resident { get; init; }
        public DateOnly? Last { get; init; }
    }
}
