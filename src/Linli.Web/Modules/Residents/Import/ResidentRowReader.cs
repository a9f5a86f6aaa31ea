using Linli.Web.Platform.Api;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;

namespace Linli.Web.Modules.Residents.Import;

/// <summary>A checked row, ready to write.</summary>
internal sealed record ResidentImportRow(int Number, ResidentDetails Details, string? Lookup, int? UnitId, IReadOnlyList<CareTag> Tags);

/// <summary>Reads data rows by the header row's column names, in whatever order the sheet has them.</summary>
internal sealed class ResidentRowReader
{
    private readonly Dictionary<string, int> columns = [];
    private readonly ResidentSheet sheet;
    private readonly Texts texts;
    private readonly Func<string, string> lookup;
    private readonly IReadOnlySet<string> definedTags;

    public ResidentRowReader(SheetRow header, ResidentSheet sheet, Texts texts, Func<string, string> lookup, IReadOnlySet<string> definedTags)
    {
        this.definedTags = definedTags;
        this.sheet = sheet;
        this.texts = texts;
        this.lookup = lookup;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var name = header.Cells[i].Trim();
            if (name.Length > 0) columns.TryAdd(name, i);
        }
        var required = new List<string> { ResidentSheet.Name };
        if (sheet.Levels.Count > 0) required.Add(sheet.Levels[^1].Header);
        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0) throw new FieldValidationException("file", "ResidentImport.MissingColumns", string.Join("、", missing));
    }

    public ResidentImportRow? Read(SheetRow row, RegionLookup units, DateOnly today, List<ImportError> errors)
    {
        var before = errors.Count;
        foreach (var formula in row.FormulaColumns)
        {
            var header = columns.FirstOrDefault(c => c.Value == formula).Key ?? Xlsx.ColumnName(formula);
            errors.Add(new ImportError(row.Number, header, row[formula], texts["Sheet.Formula"]));
        }
        string Cell(string header) => columns.TryGetValue(header, out var i) ? row[i] : "";
        DateOnly? Date(string header)
        {
            if (SheetDates.TryParse(Cell(header), out var date)) return date;
            errors.Add(new ImportError(row.Number, header, Cell(header), texts["ResidentImport.DateInvalid"]));
            return null;
        }

        var birth = Date(ResidentSheet.BirthDate);
        var movedIn = Date(ResidentSheet.MovedIn);
        var input = new ResidentInput(Cell(ResidentSheet.Name), Cell(ResidentSheet.Gender), birth, Cell(ResidentSheet.IdNumber),
            Cell(ResidentSheet.Phone), Cell(ResidentSheet.Relation), movedIn, Cell(ResidentSheet.Notes));
        var (details, fieldErrors) = ResidentValidator.Validate(input, today);
        var tagTexts = Cell(ResidentSheet.Tags).Split(['、', ',', '，', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries);
        var careTags = ResidentTagService.Check(tagTexts, details?.BirthDate ?? today, today, null, fieldErrors);
        ResidentTagService.CheckDefined(careTags, definedTags, fieldErrors);
        // One problem per cell: a date that did not parse is not also reported as missing.
        var reported = errors.Skip(before).Select(e => e.Column).ToHashSet();
        foreach (var (field, error) in fieldErrors)
        {
            var header = ResidentSheet.FieldHeaders.GetValueOrDefault(field, field);
            if (reported.Add(header)) errors.Add(new ImportError(row.Number, header, Cell(header), texts.Format(error.MessageKey, error.Arguments)));
        }
        var unit = ResolveUnit(row, units, errors);
        if (errors.Count > before) return null;
        return new ResidentImportRow(row.Number, details!, details!.IdNumber is null ? null : lookup(details.IdNumber), unit, careTags);
    }

    /// <summary>Walks the named levels down from the community; blank optional levels are skipped.</summary>
    private int? ResolveUnit(SheetRow row, RegionLookup units, List<ImportError> errors)
    {
        var current = units.Root;
        var named = false;
        foreach (var (kind, header) in sheet.Levels)
        {
            var value = columns.TryGetValue(header, out var i) ? row[i] : "";
            if (value.Length == 0) continue;
            named = true;
            var child = units.Child(current.Id, value);
            if (child is null || child.Kind != kind)
            {
                errors.Add(new ImportError(row.Number, header, value, texts.Format("ResidentImport.PlaceNotFound", value)));
                return null;
            }
            current = child;
        }
        if (!named) return null;
        if (current.Kind == RegionKind.Unit) return current.Id;
        var last = sheet.Levels[^1].Header;
        errors.Add(new ImportError(row.Number, last, "", texts["ResidentImport.UnitRequired"]));
        return null;
    }
}
