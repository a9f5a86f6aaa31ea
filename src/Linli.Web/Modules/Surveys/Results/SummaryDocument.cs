using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using static Linli.Web.Platform.Exports.WordParts;

namespace Linli.Web.Modules.Surveys.Results;

/// <summary>
/// A survey's results as a Word report: the response count and rate, then per question a native Word bar chart (editable
/// in Word and LibreOffice, sharp in print) above a table of counts and shares. Open answers are not in it: they are
/// residents' own words, read in the console.
/// </summary>
public static class SummaryDocument
{
    private const long EmusPerCm = 360000;

    public static byte[] Build(SurveyResults results, DateTimeOffset at) => Document(main =>
    {
        var body = new Body(
            Para(results.Title + " · 结果汇总", 36, bold: true, JustificationValues.Center),
            Para($"回收问卷 {results.ResponseCount} 份" + (results.TargetCount is { } target ? $"，目标 {target} 份，回收率 {results.ResponseRate:0.00}%" : "")
                + "；" + string.Join("，", results.ByChannel.Select(c => $"{ChannelName(c.Channel)} {c.Count} 份")) + $"。统计时间：{at:yyyy年M月d日 HH:mm}。", 22, bold: false,
                JustificationValues.Left));
        var chart = 0U;
        foreach (var (question, number) in results.Questions.Select((q, i) => (q, i + 1)))
        {
            body.Append(Para($"{number}. {question.Text}（作答 {question.Respondents} 人）", 24, bold: true, JustificationValues.Left));
            var bars = question.Type == QuestionType.Matrix
                ? question.Rows.Select(r => (r.Text, r.Average ?? 0m)).ToList()
                : question.Options.Select(o => (o.Text, o.Percent)).ToList();
            if (bars.Count > 0 && question.Respondents > 0) body.Append(new Paragraph(new Run(Chart(main, ++chart, bars, question.Type == QuestionType.Matrix ? "平均分" : "占比（%）"))));
            if (question.Options.Count > 0) body.Append(Table(["选项", "人数", "占比"], question.Options.Select(o => new[] { o.Text, o.Count.ToString(CultureInfo.InvariantCulture), $"{o.Percent:0.00}%" })));
            if (question.Rows.Count > 0) body.Append(Table(["项目", "作答人数", "平均分"], question.Rows.Select(r => new[] { r.Text, r.Respondents.ToString(CultureInfo.InvariantCulture), $"{r.Average:0.00}" })));
            if (question.Average is { } average) body.Append(Para($"平均值：{average:0.00}" + (question.Min is { } min ? $"；最小 {min:0.##}，最大 {question.Max:0.##}" : ""), 21, bold: false, JustificationValues.Left));
            if (question.Themes.Count > 0) body.Append(Table(["主题", "条数"], question.Themes.Select(t => new[] { t.Name, t.Count.ToString(CultureInfo.InvariantCulture) })));
        }
        return body;
    });

    private static string ChannelName(ResponseChannel channel) => channel switch
    {
        ResponseChannel.Online => "线上",
        ResponseChannel.Paper => "纸质",
        _ => "入户",
    };

    /// <summary>A horizontal bar chart part, its data written into the chart itself (no embedded workbook needed to show it).</summary>
    private static Drawing Chart(MainDocumentPart main, uint id, List<(string Label, decimal Value)> bars, string series)
    {
        var part = main.AddNewPart<ChartPart>();
        var count = (uint)bars.Count;
        var categories = new C.StringLiteral(new C.PointCount { Val = count });
        var values = new C.NumberLiteral(new C.FormatCode("0.00"), new C.PointCount { Val = count });
        for (var i = 0; i < bars.Count; i++)
        {
            categories.Append(new C.StringPoint(new C.NumericValue(bars[i].Label)) { Index = (uint)i });
            values.Append(new C.NumericPoint(new C.NumericValue(bars[i].Value.ToString(CultureInfo.InvariantCulture))) { Index = (uint)i });
        }
        part.ChartSpace = new C.ChartSpace(
            new C.EditingLanguage { Val = "zh-CN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                new C.PlotArea(
                    new C.Layout(),
                    new C.BarChart(
                        new C.BarDirection { Val = C.BarDirectionValues.Bar },
                        new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
                        new C.VaryColors { Val = false },
                        new C.BarChartSeries(
                            new C.Index { Val = 0U }, new C.Order { Val = 0U },
                            new C.SeriesText(new C.NumericValue(series)),
                            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = "2F6FAB" })),
                            new C.InvertIfNegative { Val = false },
                            new C.DataLabels(new C.NumberingFormat { FormatCode = "0.##", SourceLinked = false }, new C.ShowLegendKey { Val = false }, new C.ShowValue { Val = true },
                                new C.ShowCategoryName { Val = false }, new C.ShowSeriesName { Val = false }, new C.ShowPercent { Val = false }, new C.ShowBubbleSize { Val = false }),
                            new C.CategoryAxisData(categories),
                            new C.Values(values)),
                        new C.GapWidth { Val = 60 },
                        new C.AxisId { Val = 1U },
                        new C.AxisId { Val = 2U }),
                    new C.CategoryAxis(new C.AxisId { Val = 1U }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MaxMin }), new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2U }, new C.Crosses { Val = C.CrossesValues.AutoZero }),
                    new C.ValueAxis(new C.AxisId { Val = 2U }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MinAxisValue { Val = 0 }), new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.MajorGridlines(), new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                        new C.MajorTickMark { Val = C.TickMarkValues.None }, new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1U },
                        new C.Crosses { Val = C.CrossesValues.AutoZero })),
                new C.PlotVisibleOnly { Val = true }));
        part.ChartSpace.Save();

        var (width, height) = (15 * EmusPerCm, (long)(Math.Max(3, 1 + 0.8 * bars.Count) * EmusPerCm));
        return new Drawing(new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = $"Chart {id}" },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = main.GetIdOfPart(part) }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
