using DocumentFormat.OpenXml.Wordprocessing;
using static Linli.Web.Platform.Exports.WordParts;

namespace Linli.Web.Modules.Disclosure;

/// <summary>
/// The statement as an A4 notice for the board (收支公示): opening balance, income and expense by category with their
/// totals, closing balance, how many entries, the chain head it was published with, and a QR code to the live public
/// page where every entry can be read and the chain checked. Counterparties are not on it.
/// </summary>
public static class StatementNotice
{
    public static byte[] Build(string community, string ledger, StatementView statement, string publicUrl) => Document(main =>
    {
        var rows = new List<string[]> { new[] { "期初结余", "", Yuan(statement.Opening) } };
        rows.AddRange(statement.Lines.Where(l => l.Direction == Direction.Income).Select(l => new[] { "收入", l.Category, Yuan(l.Amount) }));
        rows.Add(["收入合计", "", Yuan(statement.Income)]);
        rows.AddRange(statement.Lines.Where(l => l.Direction == Direction.Expense).Select(l => new[] { "支出", l.Category, Yuan(l.Amount) }));
        rows.Add(["支出合计", "", Yuan(statement.Expense)]);
        rows.Add(["期末结余", "", Yuan(statement.Closing)]);
        return new Body(
            Para($"{ledger}收支公示", 36, bold: true, JustificationValues.Center),
            Para($"{statement.Period}（{statement.From:yyyy年M月d日}至{statement.To:yyyy年M月d日}）", 24, bold: false, JustificationValues.Center),
            Table(["项目", "科目", "金额（元）"], rows),
            Para($"本期共 {statement.Entries} 笔。每一笔收支的明细、更正记录，以及账目是否被改动过，请扫码或访问 {publicUrl} 查看核验。", 24, bold: false, JustificationValues.Left),
            QrCode(main, publicUrl, 3.5),
            Para($"账链指纹：{statement.ChainHead[..16]}", 21, bold: false, JustificationValues.Center),
            Para(community, 24, bold: false, JustificationValues.Right),
            Para($"{statement.PublishedAt:yyyy年M月d日}", 24, bold: false, JustificationValues.Right));
    });

    private static string Yuan(decimal amount) => amount.ToString("N2");
}
