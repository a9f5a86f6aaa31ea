using DocumentFormat.OpenXml.Wordprocessing;
using static Linli.Web.Platform.Exports.WordParts;

namespace Linli.Web.Modules.Assemblies;

/// <summary>
/// The result notice (表决结果公告) to print and post on the compound's board, in the layout such notices take: the title,
/// the legal basis and how the assembly was held, participation against two thirds, each item with its tallies, rule
/// and outcome, the counting session, the display period, and the issuer and date — no owner's name or choice.
/// </summary>
public static class ResultNotice
{
    public static byte[] Build(PublicResult notice) => Document(_ =>
    {
        var result = notice.Result;
        var p = result.Participation;
        var method = notice.Method == AssemblyMethod.Written ? "书面征求意见" : "集体讨论";
        var body = new Body(
            Para($"{notice.Compound}业主大会表决结果公告", 36, bold: true, JustificationValues.Center),
            Para($"全体业主：", 24, bold: false, JustificationValues.Left),
            Para($"根据《中华人民共和国民法典》第二百七十八条，{notice.Compound}业主大会于 {notice.NoticedOn:yyyy年M月d日} 发布公告，"
                + $"自 {notice.OpensAt:yyyy年M月d日 HH:mm} 至 {notice.ClosesAt:yyyy年M月d日 HH:mm} 以{method}方式召开“{notice.Title}”。现将表决结果公告如下：", 24, bold: false, JustificationValues.Left),
            Para($"一、参与表决：业主 {p.Owners} 人（共 {p.TotalOwners} 人），专有部分面积 {p.Area:0.00} 平方米（共 {p.TotalArea:0.00} 平方米），"
                + (p.Reached ? "达到" : "未达到") + "专有部分面积和人数均三分之二以上的参与要求。", 24, bold: false, JustificationValues.Left),
            Para("二、表决结果：", 24, bold: false, JustificationValues.Left),
            Table(["表决事项", "通过条件", "同意", "反对", "弃权", "结果"], result.Items.Select(i => new[]
            {
                i.Title, i.Rule == PassRule.ThreeQuarters ? "面积和人数均四分之三以上同意" : "面积和人数均过半数同意",
                Tally(i.Agree), Tally(i.Against), Tally(i.Abstain), i.Passed ? "通过" : "未通过",
            })),
            Para($"三、计票：计票人 {notice.Count.Counters}；唱票人 {notice.Count.Readers}；监督人 {notice.Count.Supervisors}。"
                + $"{notice.Count.SignedOffAt:yyyy年M月d日} 签字确认，结果指纹 {notice.Count.ResultHash[..16]}。", 24, bold: false, JustificationValues.Left),
            Para($"四、公示期：自 {notice.Count.PublishedAt:yyyy年M月d日} 至 {notice.Count.DisplayUntil:yyyy年M月d日}。业主对表决结果有异议的，可自知道或者应当知道之日起一年内依法提出。",
                24, bold: false, JustificationValues.Left),
            Para("特此公告。", 24, bold: false, JustificationValues.Left),
            Para($"{notice.Compound}业主大会", 24, bold: false, JustificationValues.Right),
            Para($"{notice.Count.PublishedAt ?? notice.Count.SignedOffAt:yyyy年M月d日}", 24, bold: false, JustificationValues.Right));
        return body;
    });

    private static string Tally(Tally tally) => $"{tally.Owners} 人 / {tally.Area:0.00} ㎡";
}
