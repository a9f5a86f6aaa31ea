using System.Globalization;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Figures;
using Linli.Web.Platform.Localization;

namespace Linli.Web.Modules.Dashboards.Reports;

/// <summary>
/// A monthly report as Excel (the figures, the children's, notes: three sheets whose numbers stay numbers) and as Word
/// (the same tables under headings), and any figure table as Excel. One table builder for both formats, so the two
/// files of a report always say the same.
/// </summary>
public sealed class ReportFiles(FigureCatalogue catalogue, Texts texts)
{
    public (string Name, byte[] Content) Xlsx(MonthlyReportView report)
    {
        var (headers, rows) = FigureTable(report);
        var (childHeaders, childRows) = ChildTable(report.Figures, report.ChildrenSubmitted, report.Figures.Kind != nameof(Platform.Regions.RegionKind.Community));
        var notes = Notes(report).Select(n => (IReadOnlyList<object?>)[n.Item, n.Text]);
        var content = Platform.Exports.Xlsx.Write([
            new SheetContent(texts["Dashboards.Report.SheetFigures"], headers, rows),
            new SheetContent(texts["Dashboards.Report.SheetChildren"], childHeaders, childRows),
            new SheetContent(texts["Dashboards.Report.SheetNotes"], [texts["Dashboards.Report.Item"], texts["Dashboards.Report.Value"]], notes),
        ]);
        return (FileName(report, "xlsx"), content);
    }

    public (string Name, byte[] Content) Docx(MonthlyReportView report)
    {
        var (headers, rows) = FigureTable(report);
        var (childHeaders, childRows) = ChildTable(report.Figures, report.ChildrenSubmitted, report.Figures.Kind != nameof(Platform.Regions.RegionKind.Community));
        var content = WordBook.Write(book =>
        {
            book.Heading(Title(report), 1);
            book.Paragraphs(string.Join('\n', Notes(report).Take(3).Select(n => $"{n.Item}：{n.Text}")));
            book.Table([.. headers], rows.Select(AsText));
            if (childRows.Count > 0)
            {
                book.Heading(texts["Dashboards.Report.SheetChildren"], 2);
                book.Table([.. childHeaders], childRows.Select(AsText));
            }
            book.Heading(texts["Dashboards.Report.SheetNotes"], 2);
            book.Paragraphs(string.Join('\n', Notes(report).Skip(3).Select(n => n.Text)));
        });
        return (FileName(report, "docx"), content);
    }

    /// <summary>A region's figure table (its children's rows, the unplaced remainder and the region's own as the total) as Excel.</summary>
    public (string Name, byte[] Content) Table(RegionFigures figures)
    {
        var (headers, rows) = ChildTable(figures, null, submissions: false);
        var name = $"{figures.Name}-{figures.From:yyyyMMdd}-{figures.To:yyyyMMdd}.xlsx";
        return (name, Platform.Exports.Xlsx.Write(texts["Dashboards.Report.SheetChildren"], headers, rows));
    }

    public string Title(MonthlyReportView report) => texts.Format(report.Figures.Kind == nameof(Platform.Regions.RegionKind.Community)
        ? "Dashboards.Report.TitleCommunity" : "Dashboards.Report.TitleSummary", report.Figures.Name, MonthText(report.Month));

    public string MonthText(DateOnly month) => month.ToString(texts["Dashboards.Report.MonthFormat"], CultureInfo.CurrentUICulture);

    /// <summary>The value of a cell: a number, "&lt;5" when withheld, empty when not counted.</summary>
    public static object? Cell(IReadOnlyDictionary<string, decimal?> figures, IReadOnlyList<string> withheld, string key) =>
        withheld.Contains(key) ? FigureText.Withheld : figures.TryGetValue(key, out var value) ? value : null;

    private (IReadOnlyList<string> Headers, List<IReadOnlyList<object?>> Rows) FigureTable(MonthlyReportView report)
    {
        var headers = new List<string> { texts["Dashboards.Report.Figure"], texts["Dashboards.Report.Unit"], texts["Dashboards.Report.ThisMonth"],
            texts["Dashboards.Report.PreviousMonth"], texts["Dashboards.Report.LastYear"] };
        if (report.Now is not null) headers.Add(texts["Dashboards.Report.Now"]);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var key in report.Figures.Figures.Keys)
        {
            var figure = catalogue.Find(key);
            if (figure is null) continue;
            var row = new List<object?> { Label(figure), texts[figure.UnitKey], Cell(report.Figures.Figures, report.Figures.Suppressed, key),
                report.PreviousMonth.GetValueOrDefault(key), report.LastYear.GetValueOrDefault(key) };
            if (report.Now is { } now) row.Add(report.Drifted.Contains(key) ? Cell(now.Figures, now.Suppressed, key) : null);
            rows.Add(row);
        }
        return (headers, rows);
    }

    private (IReadOnlyList<string> Headers, List<IReadOnlyList<object?>> Rows) ChildTable(RegionFigures figures, IReadOnlyDictionary<int, DateTime?>? submitted,
        bool submissions)
    {
        var keys = figures.Figures.Keys.Where(k => catalogue.Find(k) is not null).ToList();
        var headers = new List<string> { texts["Dashboards.Report.Name"] };
        headers.AddRange(keys.Select(k => Label(catalogue.Find(k)!)));
        if (submissions) headers.Add(texts["Dashboards.Report.Submitted"]);
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var child in figures.Children)
        {
            var row = new List<object?> { child.Name };
            row.AddRange(keys.Select(k => Cell(child.Figures, child.Suppressed, k)));
            if (submissions) row.Add(submitted?.GetValueOrDefault(child.RegionId) is { } at
                ? texts.Format("Dashboards.Report.SubmittedOn", ChinaTime.FromUtc(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                : texts["Dashboards.Report.NotSubmittedShort"]);
            rows.Add(row);
        }
        if (figures.Unplaced is { } rest)
        {
            var row = new List<object?> { texts["Dashboards.Report.Unplaced"] };
            row.AddRange(keys.Select(k => Cell(rest.Figures, rest.Suppressed, k)));
            if (submissions) row.Add(null);
            rows.Add(row);
        }
        var total = new List<object?> { texts.Format("Dashboards.Report.Total", figures.Name) };
        total.AddRange(keys.Select(k => Cell(figures.Figures, figures.Suppressed, k)));
        if (submissions) total.Add(null);
        rows.Add(total);
        return (headers, rows);
    }

    /// <summary>The report's facts (region, month, state, hand-in) and then its notes on how the figures are counted.</summary>
    private List<(string Item, string Text)> Notes(MonthlyReportView report)
    {
        var notes = new List<(string, string)>
        {
            (texts["Dashboards.Report.Region"], report.Figures.Name),
            (texts["Dashboards.Report.Month"], MonthText(report.Month)),
            (texts["Dashboards.Report.State"], report.TakenAt is { } taken
                ? texts.Format("Dashboards.Report.StateKept", ChinaTime.FromUtc(taken).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                    + (report.SubmittedAt is { } at
                        ? texts.Format("Dashboards.Report.SubmittedBy", ChinaTime.FromUtc(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), report.SubmittedBy ?? "")
                        : texts["Dashboards.Report.NotSubmitted"])
                : texts.Format("Dashboards.Report.StateLive", report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
        };
        var note = texts["Dashboards.Report.Note"];
        if (report.Now is not null)
            notes.Add((note, report.Drifted.Count == 0 ? texts["Dashboards.Report.NoDrift"]
                : texts.Format("Dashboards.Report.Drift", report.Drifted.Count, string.Join("、", report.Drifted.Select(k => Label(catalogue.Find(k)!))))));
        foreach (var figure in report.Figures.Figures.Keys.Select(catalogue.Find).OfType<FigureDefinition>().Where(f => !f.Additive))
            notes.Add((note, texts.Format("Dashboards.Report.NotAdditive", Label(figure))));
        notes.Add((note, texts["Dashboards.Report.AsOfToday"]));
        notes.Add((note, texts.Format("Dashboards.Report.WithheldNote", FigureRules.SuppressBelow)));
        if (report.Figures.Unplaced is not null) notes.Add((note, texts["Dashboards.Report.ByHome"]));
        return notes;
    }

    private string Label(FigureDefinition figure) => texts[figure.LabelKey];

    private string FileName(MonthlyReportView report, string extension) => $"{Title(report)}.{extension}";

    private static string[] AsText(IReadOnlyList<object?> row) =>
        [.. row.Select(v => v switch { null => "", decimal d => FigureText.Number(d), var x => x.ToString() ?? "" })];
}
