using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Import;

public sealed record ResidentImportResult(bool Succeeded, int Imported, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Imports a community's residents from its sheet. Every row is checked first (ID checksum, dates,
/// phone, the unit, duplicates in the file and in the register, formulas); any error writes nothing
/// and comes back as a row-by-row report. A clean file is written in one transaction.
/// </summary>
public sealed class ResidentImporter(LinliDb db, AccessScope scope, FieldEncryptor encryptor, ResidentTagService tags, AuditLog audit, Texts texts, TimeProvider clock)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;
    public const int MaxRows = 200_000;
    private const int ProgressEvery = 1000;

    public async Task<ResidentSheet> SheetAsync(int communityId, CancellationToken cancellationToken)
    {
        var community = await CommunityAsync(communityId, cancellationToken);
        var kinds = await db.Regions.AsNoTracking().Where(r => r.Path.StartsWith(community.Path) && r.Id != community.Id)
            .Select(r => r.Kind).Distinct().ToListAsync(cancellationToken);
        return new ResidentSheet(kinds);
    }

    public async Task<byte[]> TemplateAsync(int communityId, CancellationToken cancellationToken) =>
        Xlsx.Write("居民", (await SheetAsync(communityId, cancellationToken)).Headers, []);

    public async Task<ResidentImportResult> ImportAsync(int communityId, Stream file, long length, CancellationToken cancellationToken, IProgress<ImportStatus>? progress = null)
    {
        progress ??= new Progress<ImportStatus>();
        if (length == 0) throw new FieldValidationException("file", "ResidentImport.Empty");
        if (length > MaxFileBytes) throw new FieldValidationException("file", "ResidentImport.TooLarge", MaxFileBytes / 1024 / 1024);
        var community = await CommunityAsync(communityId, cancellationToken);
        var sheet = await SheetAsync(communityId, cancellationToken);
        var units = new RegionLookup(community.Id, await db.Regions.AsNoTracking().Where(r => r.Path.StartsWith(community.Path)).ToListAsync(cancellationToken));

        var rows = new List<ResidentImportRow>();
        var errors = new List<ImportError>();
        var today = ChinaTime.Today(clock);
        try
        {
            using var reader = Xlsx.StreamFirstSheet(file).GetEnumerator();
            if (!reader.MoveNext()) throw new FieldValidationException("file", "ResidentImport.Empty");
            var columns = new ResidentRowReader(reader.Current, sheet, texts, encryptor.Lookup, await tags.DefinedAsync(community.Id, cancellationToken));
            while (reader.MoveNext())
            {
                if (reader.Current.IsBlank) continue;
                if (rows.Count + errors.Count >= MaxRows) throw new FieldValidationException("file", "ResidentImport.TooManyRows", MaxRows);
                var row = columns.Read(reader.Current, units, today, errors);
                if (row is not null) rows.Add(row);
                if ((rows.Count + errors.Count) % ProgressEvery == 0) progress.Report(new ImportStatus(ImportPhase.Reading, rows.Count + errors.Count, null));
            }
        }
        catch (Exception e) when (Xlsx.IsUnreadable(e))
        {
            throw Xlsx.AsFileError(e);
        }
        if (rows.Count == 0 && errors.Count == 0) throw new FieldValidationException("file", "Region.Import.Empty");

        progress.Report(new ImportStatus(ImportPhase.Checking, rows.Count, rows.Count));
        await CheckDuplicatesAsync(community.Id, rows, errors, cancellationToken);
        if (errors.Count > 0)
        {
            progress.Report(new ImportStatus(ImportPhase.Rejected, rows.Count, rows.Count));
            return new ResidentImportResult(false, 0, [.. errors.OrderBy(e => e.Row)]);
        }

        await WriteAsync(community.Id, rows, progress, cancellationToken);
        progress.Report(new ImportStatus(ImportPhase.Done, rows.Count, rows.Count));
        await audit.RecordAsync("residents.imported", "Community", community.Id.ToString(), $"{rows.Count} residents", cancellationToken);
        return new ResidentImportResult(true, rows.Count, []);
    }

    private async Task<RegionNode> CommunityAsync(int communityId, CancellationToken cancellationToken)
    {
        var community = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == communityId && r.Kind == RegionKind.Community, cancellationToken);
        return community is not null && scope.CoversCommunity(community.Id) ? community : throw new NotFoundException();
    }

    private async Task CheckDuplicatesAsync(int communityId, List<ResidentImportRow> rows, List<ImportError> errors, CancellationToken cancellationToken)
    {
        var firstRowOf = new Dictionary<string, int>();
        foreach (var row in rows.Where(r => r.Lookup is not null))
        {
            if (firstRowOf.TryGetValue(row.Lookup!, out var first))
                errors.Add(new ImportError(row.Number, ResidentSheet.IdNumber, Mask.IdNumber(row.Details.IdNumber) ?? "", texts.Format("Region.Import.DuplicateInFile", first)));
            else firstRowOf[row.Lookup!] = row.Number;
        }
        foreach (var chunk in firstRowOf.Keys.Chunk(500))
        {
            var existing = await db.Set<Resident>().Where(r => r.CommunityId == communityId && chunk.Contains(r.IdNumberLookup))
                .Select(r => r.IdNumberLookup!).ToListAsync(cancellationToken);
            foreach (var lookup in existing)
                errors.Add(new ImportError(firstRowOf[lookup], ResidentSheet.IdNumber, "", texts["ResidentImport.AlreadyRegistered"]));
        }
    }

    /// <summary>
    /// One transaction through <see cref="BulkInserter{T}"/>: a unit's residents join the household already
    /// registered there, or a new one; people without a unit get one each. Households go first, then
    /// residents, then their tags, each kind in bulk.
    /// </summary>
    private async Task WriteAsync(int communityId, List<ResidentImportRow> rows, IProgress<ImportStatus> progress, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var unitIds = rows.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct().ToList();
        var households = new Dictionary<int, Household>();
        foreach (var chunk in unitIds.Chunk(500))
        {
            foreach (var h in await db.Set<Household>().AsNoTracking().Where(h => h.UnitId != null && chunk.Contains(h.UnitId.Value)).OrderBy(h => h.Id).ToListAsync(cancellationToken))
                households.TryAdd(h.UnitId!.Value, h);
        }
        var newHouseholds = new List<Household>();
        var householdOfRow = new Household[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].UnitId is not { } unit || !households.TryGetValue(unit, out var household))
            {
                newHouseholds.Add(household = new Household(communityId, rows[i].UnitId, now));
                if (rows[i].UnitId is { } newUnit) households[newUnit] = household;
            }
            householdOfRow[i] = household;
        }
        await new BulkInserter<Household>(db).InsertAsync(newHouseholds, cancellationToken);

        var residents = rows.Select((row, i) => new Resident(householdOfRow[i], row.Details, row.Lookup, now)).ToList();
        progress.Report(new ImportStatus(ImportPhase.Writing, 0, rows.Count));
        await new BulkInserter<Resident>(db).InsertAsync(residents, cancellationToken,
            written => progress.Report(new ImportStatus(ImportPhase.Writing, written, rows.Count)));

        var stored = residents.Select((resident, i) => tags.Build(resident, rows[i].Tags, null)).ToList();
        await new BulkInserter<ResidentTag>(db).InsertAsync([.. stored.SelectMany(s => s.Recorded)], cancellationToken);
        await new BulkInserter<CareFlag>(db).InsertAsync([.. stored.SelectMany(s => s.Sensitive)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
