using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Care.Requests;

/// <summary>
/// The request line's figures for anyone (read past the scope, listed in IgnoreQueryFiltersTests): how many came in
/// and were answered by category, the median time to answer, the share answered within target, and satisfaction.
/// Only times, categories and stars leave the table — never a text, a place or a person.
/// </summary>
public sealed class RequestFiguresService(LinliDb db, TimeProvider clock)
{
    public const int MaxDays = 366;

    /// <summary>The community's name for the public page's heading; 404 for anything that is not a community.</summary>
    public async Task<string> CommunityNameAsync(int communityId, CancellationToken cancellationToken) =>
        await db.Regions.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id == communityId && r.Kind == RegionKind.Community).Select(r => r.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException();

    public async Task<RequestFigures> ForCommunityAsync(int communityId, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await CommunityNameAsync(communityId, cancellationToken);
        var last = to ?? ChinaTime.Today(clock);
        var first = from ?? last.AddDays(-89);
        if (first > last) throw new FieldValidationException("to", "Care.PeriodBackwards");
        if (last.DayNumber - first.DayNumber >= MaxDays) throw new FieldValidationException("from", "Care.PeriodTooLong", MaxDays);
        var start = ChinaTime.ToUtc(first.ToDateTime(TimeOnly.MinValue));
        var end = ChinaTime.ToUtc(last.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var rows = await db.Set<ServiceRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.CommunityId == communityId && r.ReceivedAt >= start && r.ReceivedAt < end)
            .Select(r => new { r.Category, r.ReceivedAt, r.DueAt, r.AnsweredAt, r.Rating })
            .ToListAsync(cancellationToken);
        var answered = rows.Where(r => r.AnsweredAt is not null).ToList();
        var rated = rows.Where(r => r.Rating is not null).ToList();
        return new RequestFigures(first, last, rows.Count, rows.Count - answered.Count, answered.Count,
            Median(answered.Select(r => (r.AnsweredAt!.Value - r.ReceivedAt).TotalHours)),
            answered.Count == 0 ? null : Math.Round((double)answered.Count(r => r.AnsweredAt <= r.DueAt) / answered.Count, 3),
            rated.Count == 0 ? null : Math.Round(rated.Average(r => r.Rating!.Value), 2), rated.Count,
            [.. rows.GroupBy(r => r.Category).OrderBy(g => g.Key).Select(g => new CategoryFigures(g.Key, g.Count(), g.Count(r => r.AnsweredAt is not null),
                Median(g.Where(r => r.AnsweredAt is not null).Select(r => (r.AnsweredAt!.Value - r.ReceivedAt).TotalHours))))]);
    }

    internal static double? Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) return null;
        var middle = sorted.Count / 2;
        return Math.Round(sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2, 1);
    }
}
