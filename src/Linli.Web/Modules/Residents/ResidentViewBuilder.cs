using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>Turns residents into what screens and the API show: masked, labelled, tagged, in a fixed number of queries.</summary>
public sealed class ResidentViewBuilder(LinliDb db, ResidentTagService tags)
{
    public async Task<IReadOnlyList<ResidentSummary>> SummariesAsync(IReadOnlyList<Resident> residents, DateOnly today, CancellationToken cancellationToken)
    {
        if (residents.Count == 0) return [];
        var ids = residents.Select(r => r.Id).ToList();
        var recorded = await tags.RecordedAsync(ids, cancellationToken);
        var alone = await tags.LivingAloneHouseholdsAsync([.. residents.Select(r => r.HouseholdId).Distinct()], cancellationToken);
        var labels = await UnitLabelsAsync([.. residents.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct()], cancellationToken);
        return [.. residents.Select(r => new ResidentSummary(r.Id, r.CommunityId, r.HouseholdId, r.UnitId,
            r.UnitId is { } unit ? labels.GetValueOrDefault(unit) : null, r.Name, r.Gender, r.BirthDate, r.AgeOn(today),
            Mask.IdNumber(r.IdNumber), Mask.Phone(r.Phone), ResidentTagService.Combine(r, today, alone.Contains(r.HouseholdId), recorded[r.Id]), r.Status))];
    }

    public async Task<ResidentDetail> DetailAsync(Resident resident, DateOnly today, bool includeSensitive, CancellationToken cancellationToken)
    {
        var members = await db.Set<Resident>().AsNoTracking().Where(r => r.HouseholdId == resident.HouseholdId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var summaries = await SummariesAsync(members, today, cancellationToken);
        var recipient = await db.Set<ServiceRecipient>().AsNoTracking().FirstOrDefaultAsync(s => s.ResidentId == resident.Id && s.EndedOn == null, cancellationToken);
        var visits = await db.Set<Visit>().AsNoTracking().Where(v => v.ResidentId == resident.Id)
            .OrderByDescending(v => v.On).ThenByDescending(v => v.Id).Take(50).ToListAsync(cancellationToken);
        var lastContact = visits.Count > 0 ? visits[0].On : (DateOnly?)null;
        return new ResidentDetail(summaries.Single(s => s.Id == resident.Id), resident.RelationToHead, resident.MovedInOn, resident.StatusOn, resident.Notes,
            [.. summaries.Where(s => s.Id != resident.Id)],
            includeSensitive ? await tags.SensitiveAsync(resident.Id, cancellationToken) : null,
            recipient is null ? null : new RecipientView(recipient.Grade, recipient.Responsible, recipient.Needs, recipient.StartedOn, lastContact,
                (lastContact ?? recipient.StartedOn).AddDays(ServiceRecipient.IntervalDays(recipient.Grade))),
            [.. visits.Select(v => new VisitView(v.Id, v.On, v.Kind, v.Visitor, v.Findings, v.Needs, v.FollowUp, v.RecordedBy))]);
    }

    /// <summary>"锦华苑 1栋 1单元 101": the names below the community. Building names are not personal data, so they are read unscoped.</summary>
    public async Task<Dictionary<int, string>> UnitLabelsAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        if (unitIds.Count == 0) return [];
        var units = await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => unitIds.Contains(r.Id)).Select(r => new { r.Id, r.Path }).ToListAsync(cancellationToken);
        var ancestorIds = units.SelectMany(u => u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).Distinct().ToList();
        // The kind is stored as text, so "below the community" is decided here, on the enum, not in SQL
        // (where 'District' > 'Community' and 'Building' < 'Community' as strings).
        var names = (await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => ancestorIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Name, r.Kind }).ToListAsync(cancellationToken))
            .Where(r => r.Kind > RegionKind.Community).ToDictionary(r => r.Id, r => r.Name);
        return units.ToDictionary(u => u.Id, u => string.Join(' ', u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(int.Parse).Where(names.ContainsKey).Select(id => names[id])));
    }
}
