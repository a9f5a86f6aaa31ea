using Linli.Web.Modules.Activities;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stations;

/// <summary>
/// A month of each station under a region, for the street (H.5 "station service statistics for the street"): the
/// activities its community held and their person-times (the activities module's), the trainings held and the
/// person-hours trained, the supervision sessions and their hours. All counted from the records.
/// </summary>
public sealed class StationMonths(LinliDb db, ActivityDirectory activities, AccessScope scope)
{
    public async Task<IReadOnlyList<StationMonth>> OfRegionAsync(int? regionId, string? month, CancellationToken cancellationToken)
    {
        if (!MonthKey.TryParse(month, out var first)) throw new FieldValidationException("month", "Stations.Month");
        var stations = db.Set<Station>().AsNoTracking();
        // A region on the way down to the caller's own (their street, their community) holds every station they may see.
        if (regionId is { } id && !scope.AncestorRegionIds.Contains(id))
        {
            var region = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (region is null || !scope.Covers(region.Path)) throw new NotFoundException();
            var under = db.Regions.Where(r => r.Path.StartsWith(region.Path)).Select(r => r.Id);
            stations = stations.Where(s => under.Contains(s.CommunityId));
        }
        var list = await stations.OrderBy(s => s.CommunityId).Take(1000).ToListAsync(cancellationToken);
        var communities = list.Select(s => s.CommunityId).ToList();
        var last = first.AddMonths(1).AddDays(-1);

        var held = await activities.HeldInCommunitiesAsync(communities, ChinaTime.ToUtc(first.ToDateTime(TimeOnly.MinValue)),
            ChinaTime.ToUtc(first.AddMonths(1).ToDateTime(TimeOnly.MinValue)), cancellationToken);
        var trainings = await db.Set<Training>().AsNoTracking().Where(t => communities.Contains(t.CommunityId) && t.On >= first && t.On <= last)
            .Select(t => new { t.Id, t.CommunityId, t.Hours }).ToListAsync(cancellationToken);
        var trainingIds = trainings.Select(t => t.Id).ToList();
        var attendees = await db.Set<TrainingAttendance>().Where(a => trainingIds.Contains(a.TrainingId)).GroupBy(a => a.TrainingId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var sessions = await db.Set<SupervisionSession>().AsNoTracking().Where(x => communities.Contains(x.CommunityId) && x.On >= first && x.On <= last)
            .Select(x => new { x.CommunityId, x.Hours }).ToListAsync(cancellationToken);
        var trainingsOf = trainings.ToLookup(t => t.CommunityId);
        var sessionsOf = sessions.ToLookup(x => x.CommunityId);
        return [.. list.Select(s => new StationMonth(s.Id, s.CommunityId, s.Name, MonthKey.Key(first),
            held.GetValueOrDefault(s.CommunityId).Held, held.GetValueOrDefault(s.CommunityId).PersonTimes,
            trainingsOf[s.CommunityId].Count(), trainingsOf[s.CommunityId].Sum(t => t.Hours * attendees.GetValueOrDefault(t.Id)),
            sessionsOf[s.CommunityId].Count(), sessionsOf[s.CommunityId].Sum(x => x.Hours)))];
    }
}
