using System.Globalization;
using Linli.Web.Modules.Residents.Care;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents;

/// <summary>
/// The register list: filters by community, region (compound, building...), tag, text and care grade,
/// ordered by id and paged by keyset (the cursor is the last id), so page 1,000 costs what page 1 costs.
/// </summary>
internal sealed class ResidentSearch(LinliDb db, ResidentTagService tags, ResidentViewBuilder views, AuditLog audit)
{
    public const int MaxLimit = 200;

    public async Task<ResidentPage> RunAsync(ResidentQuery query, DateOnly today, bool maySeeSensitive, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(query.Limit, 1, MaxLimit);
        var residents = await FilterAsync(query, today, maySeeSensitive, cancellationToken);
        var rows = await residents.OrderBy(r => r.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        if (CareTags.Resolve(query.Tag ?? "").Kind == CareTagKind.Sensitive)
            await audit.RecordAsync("privacy.sensitive-list", "CareTag", CareTags.Resolve(query.Tag!).Key, $"{page.Count} residents", cancellationToken);
        return new ResidentPage(await views.SummariesAsync(page, today, cancellationToken),
            rows.Count > limit ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The filtered residents, unordered and unpaged; the list pages them, the export walks them all.</summary>
    public async Task<IQueryable<Resident>> FilterAsync(ResidentQuery query, DateOnly today, bool maySeeSensitive, CancellationToken cancellationToken)
    {
        var residents = db.Set<Resident>().AsNoTracking();
        if (query.CommunityId is { } community) residents = residents.Where(r => r.CommunityId == community);
        if (query.After is { Length: > 0 } after)
        {
            if (!int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var afterId)) throw new FieldValidationException("after", "Validation.Invalid");
            residents = residents.Where(r => r.Id > afterId);
        }
        if (query.RegionId is { } region)
        {
            var node = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == region, cancellationToken) ?? throw new NotFoundException();
            residents = residents.Where(r => db.Regions.Any(u => u.Id == r.UnitId && u.Path.StartsWith(node.Path)));
        }
        if (query.Grade is { } grade)
            residents = residents.Where(r => db.Set<ServiceRecipient>().Any(s => s.ResidentId == r.Id && s.EndedOn == null && s.Grade == grade));
        residents = ByText(residents, query.Q);

        if (!string.IsNullOrWhiteSpace(query.Tag)) residents = ByTag(residents, CareTags.Resolve(query.Tag), today, maySeeSensitive);
        return residents;
    }

    /// <summary>Past the staff scope: the check runs for a resident acting in the portal.</summary>
    public Task<bool> CarriesAsync(int residentId, string tag, DateOnly today, CancellationToken cancellationToken) =>
        ByTag(db.Set<Resident>().IgnoreQueryFilters().Where(r => r.Id == residentId), CareTags.Resolve(tag), today, maySeeSensitive: true).AnyAsync(cancellationToken);

    /// <summary>
    /// Four digits: the phone's tail. Otherwise the start of the name, as a range (q ≤ name &lt; q + U+10FFFF)
    /// that the name index serves on both databases, where LIKE 'q%' would scan (SQLite's LIKE ignores
    /// case, so its index does not apply; PostgreSQL plans a parameterized LIKE without the index).
    /// In byte order (SQLite's BINARY, the C collation the name column has on PostgreSQL) the range
    /// is exactly the names that start with q.
    /// </summary>
    private static IQueryable<Resident> ByText(IQueryable<Resident> residents, string? q)
    {
        q = q?.Trim();
        if (string.IsNullOrEmpty(q)) return residents;
        if (q.Length == 4 && q.All(char.IsAsciiDigit)) return residents.Where(r => r.PhoneTail == q);
        var upper = q + char.ConvertFromUtf32(0x10FFFF);
        return residents.Where(r => r.Name.CompareTo(q) >= 0 && r.Name.CompareTo(upper) < 0);
    }

    private IQueryable<Resident> ByTag(IQueryable<Resident> residents, CareTag tag, DateOnly today, bool maySeeSensitive)
    {
        switch (tag.Kind)
        {
            case CareTagKind.Derived when tag == CareTags.Elderly80Plus:
                var born80 = today.AddYears(-CareTags.ElderlyAge);
                return residents.Where(r => r.BirthDate <= born80 && r.Status == ResidentStatus.Living);
            case CareTagKind.Derived when tag == CareTags.Child:
                var born14 = today.AddYears(-CareTags.ChildAge);
                return residents.Where(r => r.BirthDate > born14 && r.Status == ResidentStatus.Living);
            case CareTagKind.Derived:
                return residents.Where(r => r.Status == ResidentStatus.Living
                    && db.Set<Resident>().Count(m => m.HouseholdId == r.HouseholdId && m.Status == ResidentStatus.Living) == 1);
            case CareTagKind.Sensitive:
                if (!maySeeSensitive) throw new ForbiddenException();
                var lookup = tags.Lookup(tag);
                return residents.Where(r => db.Set<CareFlag>().Any(f => f.ResidentId == r.Id && f.KeyLookup == lookup));
            default:
                return residents.Where(r => db.Set<ResidentTag>().Any(t => t.ResidentId == r.Id && t.Key == tag.Key));
        }
    }
}
