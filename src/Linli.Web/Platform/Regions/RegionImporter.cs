using System.Globalization;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Regions;

public sealed record ImportError(int Row, string Column, string Value, string Message);

public sealed record RegionImportResult(bool Succeeded, int NodesCreated, int UnitsCreated, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Imports dwellings under a node from the sheet people already keep: one row per unit, with the
/// compound, courtyard, building, entrance, unit number and exclusive area. Missing levels are
/// created by name. Every row is checked first; any error writes nothing.
/// </summary>
public sealed class RegionImporter(LinliDb db, RegionsService regions, AuditLog audit, Texts texts, TimeProvider clock)
{
    /// <summary>Sheet columns in order; the levels between the root and the unit.</summary>
    public static readonly (RegionKind Kind, string HeaderKey)[] LevelColumns =
    [
        (RegionKind.Compound, "Region.Kind.Compound"),
        (RegionKind.Courtyard, "Region.Kind.Courtyard"),
        (RegionKind.Building, "Region.Kind.Building"),
        (RegionKind.Entrance, "Region.Kind.Entrance"),
    ];

    private const int UnitColumn = 4;
    private const int AreaColumn = 5;

    public IReadOnlyList<string> Headers() =>
        [.. LevelColumns.Select(c => texts[c.HeaderKey]), texts["Region.Import.UnitNumber"], texts["Region.Import.Area"]];

    public byte[] Template() => Xlsx.Write(texts["Region.Import.SheetName"], Headers(),
    [
        ["锦江苑", "", "1栋", "1单元", "101", 89.56m],
        ["锦江苑", "", "1栋", "1单元", "102", 76.30m],
    ]);

    public async Task<RegionImportResult> ImportAsync(int rootId, Stream file, CancellationToken cancellationToken)
    {
        var root = await regions.GetAsync(rootId, cancellationToken);
        if (root.Kind is RegionKind.Unit or < RegionKind.Community) throw new FieldValidationException("regionId", "Region.Import.BadRoot");

        IReadOnlyList<SheetRow> rows;
        try
        {
            rows = Xlsx.ReadFirstSheet(file);
        }
        catch (Exception e) when (Xlsx.IsUnreadable(e))
        {
            throw Xlsx.AsFileError(e);
        }

        var plan = new ImportPlan(root);
        var errors = new List<ImportError>();
        foreach (var row in rows.Skip(1).Where(r => !r.IsBlank)) CheckRow(row, root, plan, errors);
        if (rows.Count <= 1) errors.Add(new ImportError(1, "", "", texts["Region.Import.Empty"]));

        await CheckAgainstTreeAsync(plan, errors, cancellationToken);
        if (errors.Count > 0) return new RegionImportResult(false, 0, 0, [.. errors.OrderBy(e => e.Row)]);

        var (nodes, units) = await WriteAsync(plan, cancellationToken);
        await audit.RecordAsync("region.imported", "Region", root.Id.ToString(), $"nodes={nodes}; units={units}", cancellationToken);
        return new RegionImportResult(true, nodes, units, []);
    }

    private void CheckRow(SheetRow row, RegionNode root, ImportPlan plan, List<ImportError> errors)
    {
        var path = new List<(RegionKind Kind, string Name)>();
        var parentKind = root.Kind;
        var ok = true;
        foreach (var formula in row.FormulaColumns)
            ok = Fail(row, formula, row[formula], "Sheet.Formula", errors);
        for (var column = 0; column < LevelColumns.Length; column++)
        {
            var (kind, header) = LevelColumns[column];
            var value = row[column];
            if (kind <= root.Kind)
            {
                if (value.Length > 0 && value != root.Name) ok = Fail(row, column, value, "Region.Import.AboveRoot", errors);
                continue;
            }
            if (value.Length == 0)
            {
                // Compound and building are required levels; courtyard and entrance may be skipped.
                if (kind is RegionKind.Compound or RegionKind.Building) ok = Fail(row, column, value, "Region.Import.LevelRequired", errors);
                continue;
            }
            if (value.Length > 100) ok = Fail(row, column, value, "Region.NameRequired", errors);
            if (!RegionKindRules.MayContain(parentKind, kind)) ok = Fail(row, column, value, "Region.KindNotAllowedUnderParent", errors);
            path.Add((kind, value));
            parentKind = kind;
        }

        var unit = row[UnitColumn];
        if (unit.Length is 0 or > 50) ok = Fail(row, UnitColumn, unit, "Region.Import.UnitRequired", errors);
        var areaText = row[AreaColumn];
        if (!decimal.TryParse(areaText, NumberStyles.Number, CultureInfo.InvariantCulture, out var area) || area <= 0 || area > 100_000m)
            ok = Fail(row, AreaColumn, areaText, "Region.AreaOutOfRange", errors);
        else if (decimal.Round(area, 2) != area)
        {
            // Excel stores 89.56 as 89.560000000000002; anything within float noise of two decimals is two decimals.
            var rounded = decimal.Round(area, 2);
            if (Math.Abs(rounded - area) > 0.000001m) ok = Fail(row, AreaColumn, areaText, "Region.AreaTwoDecimals", errors);
            area = rounded;
        }
        if (!ok) return;

        if (!plan.AddUnit(path, unit, area, row.Number, out var firstRow))
            Fail(row, UnitColumn, unit, "Region.Import.DuplicateInFile", errors, firstRow);
    }

    private async Task CheckAgainstTreeAsync(ImportPlan plan, List<ImportError> errors, CancellationToken cancellationToken)
    {
        // Existing nodes under the root, so rows that name them attach instead of duplicating.
        var existing = await db.Regions.AsNoTracking().Where(r => r.Path.StartsWith(plan.Root.Path) && r.Id != plan.Root.Id)
            .Select(r => new { r.Id, r.ParentId, r.Kind, r.Name, r.Code }).ToListAsync(cancellationToken);
        var byParent = existing.ToLookup(r => r.ParentId);
        foreach (var unit in plan.Units)
        {
            int? parentId = plan.Root.Id;
            foreach (var (kind, name) in unit.Path)
            {
                var match = parentId is null ? null : byParent[parentId].FirstOrDefault(n => n.Name == name || n.Code == name);
                if (match is not null && match.Kind != kind)
                {
                    errors.Add(new ImportError(unit.Row, "", name, texts["Region.Import.KindMismatch"]));
                    parentId = null;
                    break;
                }
                parentId = match?.Id;
            }
            if (parentId is not null && byParent[parentId].Any(n => n.Code == unit.Number))
                errors.Add(new ImportError(unit.Row, Xlsx.ColumnName(UnitColumn), unit.Number, texts["Region.Import.UnitExists"]));
        }
    }

    private async Task<(int Nodes, int Units)> WriteAsync(ImportPlan plan, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.Regions.Where(r => r.Path.StartsWith(plan.Root.Path)).ToListAsync(cancellationToken);
        var tree = new RegionLookup(plan.Root.Id, existing);
        int created = 0, units = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Level by level, so each level's ids and paths exist before its children are added.
        foreach (var depth in Enumerable.Range(0, plan.MaxDepth + 1))
        {
            var fresh = new List<(RegionNode Node, RegionNode Parent)>();
            foreach (var (parentPath, child) in plan.NodesAtDepth(depth))
            {
                var parent = tree.Resolve(parentPath);
                if (tree.Child(parent.Id, child.Name) is not null) continue;
                var node = RegionNode.Create(parent, child.Kind, child.Name, child.Code, child.Area, now);
                db.Regions.Add(node);
                fresh.Add((node, parent));
            }
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (node, parent) in fresh)
            {
                node.AssignPath(parent);
                tree.Add(node);
                if (node.Kind == RegionKind.Unit) units++;
                else created++;
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (created, units);
    }

    private bool Fail(SheetRow row, int column, string value, string reasonKey, List<ImportError> errors, params object[] arguments)
    {
        errors.Add(new ImportError(row.Number, texts[LevelColumnsHeader(column)], value, texts.Format(reasonKey, arguments)));
        return false;
    }

    private static string LevelColumnsHeader(int column) => column switch
    {
        < UnitColumn => LevelColumns[column].HeaderKey,
        UnitColumn => "Region.Import.UnitNumber",
        _ => "Region.Import.Area",
    };
}
