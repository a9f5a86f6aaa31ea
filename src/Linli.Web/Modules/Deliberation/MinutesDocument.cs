using DocumentFormat.OpenXml.Wordprocessing;
using Linli.Web.Platform.Localization;
using static Linli.Web.Platform.Exports.WordParts;

namespace Linli.Web.Modules.Deliberation;

/// <summary>
/// The minutes (会议纪要) in the layout community offices file them: time, place, host, attending organizations and
/// people, agenda, discussion, what was decided, and each follow-up with its responsible unit and deadline. A draft
/// says so in its title.
/// </summary>
public static class MinutesDocument
{
    public static byte[] Build(Meeting meeting, string community, IReadOnlyList<ResolutionView> resolutions) => Document(_ =>
    {
        var draft = meeting.MinutesStatus is MinutesStatus.None or MinutesStatus.Draft ? "（草稿）" : "";
        var decided = resolutions.Count == 0 ? "无" : string.Join("；", resolutions.Select((r, i) => $"{i + 1}. {r.Text}（{Method(r)}）"));
        var body = new Body(
            Para($"{community}{meeting.Title}会议纪要{draft}", 32, bold: true, JustificationValues.Center),
            Table(["项目", "内容"], [
                ["时间", ChinaTime.Format(meeting.StartsAt, "yyyy年M月d日 HH:mm")],
                ["地点", meeting.Place],
                ["主持人", meeting.Host ?? ""],
                ["参会单位及人员", meeting.Attendance ?? meeting.Invited ?? ""],
                ["议题", meeting.Agenda ?? meeting.Title],
                ["讨论情况", meeting.Discussion ?? ""],
                ["议定事项", decided],
            ]),
            Para("责任分工", 24, bold: true, JustificationValues.Left),
            Table(["序号", "事项", "责任单位", "完成时限", "进度"], resolutions.SelectMany(r => r.Actions).Select((a, i) => new[]
            {
                (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), a.Spec is null ? a.Title : $"{a.Title}（{a.Spec}）", a.Responsible,
                a.DueOn.ToString("yyyy年M月d日"), $"{a.Percent}%",
            })),
            Para(meeting.MinutesApprovedBy is { } by ? $"主持人审定：{by}" : "主持人审定：（待审定）", 24, bold: false, JustificationValues.Right));
        return body;
    });

    private static string Method(ResolutionView r) => r.DecidedBy switch
    {
        DecisionMethod.Consensus => "协商一致",
        DecisionMethod.Hands => $"举手表决：同意 {r.For}，反对 {r.Against}，弃权 {r.Abstain}",
        _ => "属业主共同决定事项，已提交业主大会",
    };
}
