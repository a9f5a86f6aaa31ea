using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Linli.Web.Modules.Residents;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.ReadingRoom;

public sealed record CatalogueImportResult(bool Succeeded, int Books, int Copies, IReadOnlyList<ImportError> Errors);

/// <summary>
/// The catalogue from the sheet a reading corner keeps: one row per copy (书名, 作者, ISBN, 分类, 适读年龄, 条码).
/// Rows with the same ISBN (or, without one, the same title and author) are copies of one title. Every row is
/// checked first; any error writes nothing and the report names the row, the column and the reason.
/// </summary>
public sealed class CatalogueImporter(LinliDb db, ResidentPlacement placement, CatalogueService catalogue, AuditLog audit, Texts texts)
{
    public static readonly string[] Headers = ["书名", "作者", "ISBN", "分类", "适读年龄", "条码"];

    /// <summary>适读年龄 as people write it, and the band each means.</summary>
    public static readonly IReadOnlyDictionary<string, AgeBand> AgeBands = new Dictionary<string, AgeBand>
    {
        ["0-3岁"] = AgeBand.Toddler, ["3-6岁"] = AgeBand.Preschool, ["6-12岁"] = AgeBand.Child, ["12-18岁"] = AgeBand.Teen, ["成人"] = AgeBand.Adult,
    };

    /// <summary>The template as a download, for the API and the console alike.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.FileContentHttpResult TemplateFile() =>
        TypedResults.File(Template(), OfficeTypes.Xlsx, "图书目录模板.xlsx");

    public static byte[] Template() => Xlsx.Write("图书目录", Headers,
    [
        ["猜猜我有多爱你", "山姆·麦克布雷尼", "9787533257668", "绘本", "3-6岁", "QT-0001"],
        ["猜猜我有多爱你", "山姆·麦克布雷尼", "9787533257668", "绘本", "3-6岁", "QT-0002"],
        ["平凡的世界", "路遥", "", "文学", "成人", "QT-0003"],
    ]);

    public async Task<CatalogueImportResult> ImportAsync(int communityId, Stream sheet, CancellationToken cancellationToken)
    {
        await placement.EnsureCommunityAsync(communityId, cancellationToken);
        IReadOnlyList<SheetRow> rows;
        try
        {
            rows = Xlsx.ReadFirstSheet(sheet);
        }
        catch (Exception e) when (Xlsx.IsUnreadable(e))
        {
            throw Xlsx.AsFileError(e);
        }
        var errors = new List<ImportError>();
        if (rows.Count == 0 || !Headers.SequenceEqual(Enumerable.Range(0, Headers.Length).Select(i => rows[0][i].Trim())))
            return new CatalogueImportResult(false, 0, 0, [new ImportError(1, "", "", texts.Format("Book.Import.Headers", string.Join("、", Headers)))]);

        var taken = (await db.Set<Copy>().Where(c => c.CommunityId == communityId).Select(c => c.Barcode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var titles = new Dictionary<string, (NewBook Book, List<string> Barcodes)>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1).Where(r => !r.IsBlank))
        {
            foreach (var formula in row.FormulaColumns)
                errors.Add(new ImportError(row.Number, formula < Headers.Length ? Headers[formula] : Xlsx.ColumnName(formula), row[formula], texts["Sheet.Formula"]));
            var band = row[4].Trim();
            AgeBand? ageBand = band.Length == 0 ? AgeBand.Adult : AgeBands.TryGetValue(band, out var b) ? b : null;
            var input = new NewBook(communityId, row[0], FieldChecks.OrNull(row[1]), FieldChecks.OrNull(row[2]), FieldChecks.OrNull(row[3]), ageBand, null);
            foreach (var (field, error) in CatalogueService.Check(input))
                errors.Add(new ImportError(row.Number, ColumnOf(field), row[Array.IndexOf(Fields, field)], texts.Format(error.MessageKey, [.. error.Arguments])));
            if (ageBand is null) errors.Add(new ImportError(row.Number, Headers[4], band, texts.Format("Book.Import.AgeBand", string.Join("、", AgeBands.Keys))));
            var barcode = row[5].Trim();
            if (barcode.Length == 0) errors.Add(new ImportError(row.Number, Headers[5], "", texts["Book.BarcodeRequired"]));
            else if (barcode.Length > CatalogueService.MaxBarcodeLength) errors.Add(new ImportError(row.Number, Headers[5], barcode, texts.Format("Validation.MaxLength", CatalogueService.MaxBarcodeLength)));
            else if (taken.Contains(barcode) || !seen.Add(barcode)) errors.Add(new ImportError(row.Number, Headers[5], barcode, texts["Book.BarcodeTaken"]));
            var key = Isbn.Normalize(input.Isbn) ?? $"{input.Title?.Trim()}\u001f{input.Author}";
            if (!titles.TryGetValue(key, out var title)) titles[key] = title = (input, []);
            title.Barcodes.Add(barcode);
        }
        if (errors.Count > 0) return new CatalogueImportResult(false, 0, 0, errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var books = titles.Values.Select(t => (Book: catalogue.Build(t.Book), t.Barcodes)).ToList();
        db.Set<Book>().AddRange(books.Select(b => b.Book));
        await db.SaveChangesAsync(cancellationToken);
        db.Set<Copy>().AddRange(books.SelectMany(b => b.Barcodes.Select(code => new Copy(b.Book, code, b.Book.CreatedAt))));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var copies = books.Sum(b => b.Barcodes.Count);
        await audit.RecordAsync("reading.catalogue.imported", "Community", communityId.ToString(), $"{books.Count} titles, {copies} copies", cancellationToken);
        return new CatalogueImportResult(true, books.Count, copies, []);
    }

    private static readonly string[] Fields = ["title", "author", "isbn", "category", "ageBand"];

    private static string ColumnOf(string field) => Headers[Math.Max(0, Array.IndexOf(Fields, field))];
}
