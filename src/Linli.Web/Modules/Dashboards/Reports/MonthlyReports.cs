using System.Globalization;
using System.Security.Claims;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Identity;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Dashboards.Reports;

/// <summary>
/// A month's report of a community, a street or a district. Once the month is over its figures are kept
/// (<see cref="MonthlyReport"/>, taken by the scheduler on the 1st or by the first reader) and never change; a
/// recomputation from today's records sits beside them, and the figures that differ are named (drift). A month still
/// running is counted live up to today and kept by nobody. Each figure comes with last month's and the same month of last
/// year (from their kept reports; counted live for a period figure when a month was never kept).
/// </summary>
public sealed class MonthlyReports(LinliDb db, FiguresService figures, FigureCatalogue catalogue, IAuthorizationService authorization, TimeProvider clock)
{
    public static readonly RegionKind[] Reported = [RegionKind.District, RegionKind.Street, RegionKind.Community];

    public async Task<MonthlyReportView> ReadAsync(int? regionId, string? month, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var first = MonthOf(month);
        var region = await ReportedRegionAsync(regionId, cancellationToken);
        var today = ChinaTime.Today(clock);
        var last = first.AddMonths(1).AddDays(-1);
        var withhold = await figures.WithholdsAsync(user);
        var kept = last < today ? await KeepAsync(region, first, cancellationToken) : null;
        var counted = kept?.Kept ?? await figures.ComputeAsync(region, first, today, withChildren: true, cancellationToken);

        RegionFigures? now = null;
        IReadOnlyList<string> drifted = [];
        if (kept is not null)
        {
            var recomputed = await figures.ComputeAsync(region, first, last, withChildren: false, cancellationToken);
            // Today's counts (residents, people in care) are not the month's: only period figures can drift.
            drifted = [.. counted.Keys.Where(k => catalogue.Find(k) is { AsOfToday: false } && recomputed.Own.TryGetValue(k, out var v) && v != counted.Own.GetValueOrDefault(k))];
            now = figures.Present(recomputed, withhold);
        }
        var children = counted.Children.Select(c => c.RegionId).ToList();
        var handedIn = await db.Set<MonthlyReport>().AsNoTracking().Where(r => children.Contains(r.RegionId) && r.Month == first && r.SubmittedAt != null)
            .ToDictionaryAsync(r => r.RegionId, r => r.SubmittedAt, cancellationToken);
        return new MonthlyReportView(figures.Present(counted, withhold), now, drifted,
            await BesideAsync(region, first.AddMonths(-1), withhold, cancellationToken), await BesideAsync(region, first.AddYears(-1), withhold, cancellationToken),
            first, kept is null ? today : last, kept?.TakenAt, kept?.SubmittedAt, kept?.SubmittedBy, handedIn);
    }

    /// <summary>Hands in a month's report (the office it is of: <see cref="DashboardsPolicies.SubmitReport"/>); 422 while the month runs, 409 the second time.</summary>
    public async Task<ReportStatus> SubmitAsync(int? regionId, string? month, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var first = MonthOf(month);
        var region = await ReportedRegionAsync(regionId, cancellationToken);
        if (!await SubmitsAsync(user, region.Kind)) throw new ForbiddenException();
        if (first.AddMonths(1) > ChinaTime.Today(clock)) throw new FieldValidationException("month", "Dashboards.MonthNotOver");
        var kept = await KeepAsync(region, first, cancellationToken);
        var (by, now) = (MonthlyReport.By(user.Identity?.Name ?? user.UserId()), clock.GetUtcNow().UtcDateTime);
        // Handed in once: of two at the same moment, the database lets one through and the other is told.
        if (await db.Set<MonthlyReport>().Where(r => r.Id == kept.Id && r.SubmittedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.SubmittedAt, now).SetProperty(r => r.SubmittedBy, by), cancellationToken) == 0)
            throw new ConflictException("Dashboards.AlreadySubmitted");
        return new ReportStatus(region.Id, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), kept.TakenAt, now, by);
    }

    /// <summary>The kept report of a region's month, if it has been taken (the page's hand-in button).</summary>
    public async Task<ReportStatus?> StatusAsync(int regionId, DateOnly month, CancellationToken cancellationToken) =>
        await db.Set<MonthlyReport>().AsNoTracking().Where(r => r.RegionId == regionId && r.Month == month)
            .Select(r => new ReportStatus(r.RegionId, "", r.TakenAt, r.SubmittedAt, r.SubmittedBy)).FirstOrDefaultAsync(cancellationToken) is { } status
            ? status with { Month = month.ToString("yyyy-MM", CultureInfo.InvariantCulture) } : null;

    /// <summary>Whether the caller hands in reports of regions of this kind.</summary>
    public async Task<bool> SubmitsAsync(ClaimsPrincipal user, RegionKind kind) =>
        (await authorization.AuthorizeAsync(user, kind, DashboardsPolicies.SubmitReport)).Succeeded;

    /// <summary>
    /// Keeps last month's report of every community, street and district that has none yet (the scheduler, on the 1st
    /// and every run after until done); returns how many it kept.
    /// </summary>
    public async Task<int> KeepLastMonthAsync(CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var kept = db.Set<MonthlyReport>().Where(r => r.Month == month).Select(r => r.RegionId);
        var due = await db.Regions.AsNoTracking().Where(r => Reported.Contains(r.Kind) && !kept.Contains(r.Id)).OrderBy(r => r.Path).ToListAsync(cancellationToken);
        foreach (var region in due) await KeepAsync(region, month, cancellationToken);
        return due.Count;
    }

    /// <summary>The kept report of a month that is over, taken now if nobody has yet; a report taken at the same moment elsewhere wins and is read back.</summary>
    private async Task<MonthlyReport> KeepAsync(RegionNode region, DateOnly month, CancellationToken cancellationToken)
    {
        var existing = await db.Set<MonthlyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.RegionId == region.Id && r.Month == month, cancellationToken);
        if (existing is not null) return existing;
        var counted = await figures.ComputeAsync(region, month, month.AddMonths(1).AddDays(-1), withChildren: true, cancellationToken);
        var report = new MonthlyReport(region.Id, region.Path, month, counted, clock.GetUtcNow().UtcDateTime);
        db.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return await db.Set<MonthlyReport>().AsNoTracking().SingleAsync(r => r.RegionId == region.Id && r.Month == month, cancellationToken);
        }
        db.Entry(report).State = EntityState.Detached;
        return report;
    }

    /// <summary>
    /// A month to set beside this one: its kept report when it has one; otherwise its period figures counted now (today's
    /// counts of another month are unknown, so they are left out).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, decimal?>> BesideAsync(RegionNode region, DateOnly month, bool withhold, CancellationToken cancellationToken)
    {
        var kept = await db.Set<MonthlyReport>().AsNoTracking().FirstOrDefaultAsync(r => r.RegionId == region.Id && r.Month == month, cancellationToken);
        if (kept is not null) return figures.Present(kept.Kept, withhold).Figures;
        var counted = await figures.ComputeAsync(region, month, month.AddMonths(1).AddDays(-1), withChildren: false, cancellationToken);
        return figures.Present(counted, withhold).Figures.Where(f => catalogue.Find(f.Key) is { AsOfToday: false }).ToDictionary(f => f.Key, f => f.Value);
    }

    private async Task<RegionNode> ReportedRegionAsync(int? regionId, CancellationToken cancellationToken)
    {
        var region = await figures.RegionAsync(regionId, cancellationToken);
        if (!Reported.Contains(region.Kind)) throw new FieldValidationException("regionId", "Dashboards.ReportRegionKind");
        return region;
    }

    /// <summary>"2026-11": the month's first day; 422 on <c>month</c> for anything else or a month not yet begun.</summary>
    private DateOnly MonthOf(string? month)
    {
        if (string.IsNullOrWhiteSpace(month)) throw new FieldValidationException("month", "Validation.Required");
        if (!DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            throw new FieldValidationException("month", "Dashboards.MonthFormat");
        if (first > ChinaTime.Today(clock)) throw new FieldValidationException("month", "Dashboards.MonthAhead");
        return first;
    }
}
