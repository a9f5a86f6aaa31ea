using DocumentFormat.OpenXml.Wordprocessing;
using static Linli.Web.Platform.Exports.WordParts;

namespace Linli.Web.Modules.Care.Cases;

/// <summary>
/// The referral letter (转介函) the worker sends with a referral: to whom, the client, the need, on what basis the
/// client's information is shared, and how to answer. It carries personal information, so producing it is recorded.
/// </summary>
public static class ReferralLetter
{
    public sealed record Content(string To, string? Contact, string Client, string Need, bool Consent, string Community, string Worker, DateOnly On, DateOnly? ChaseOn);

    public static byte[] Build(Content c) => Document(_ =>
    {
        var body = new Body(Para("转介函", 36, bold: true, JustificationValues.Center));
        body.Append(Para($"{c.To}{(c.Contact is null ? "" : $"（{c.Contact}）")}：", 28, bold: false, JustificationValues.Left));
        body.Append(Para($"我社区服务对象{c.Client}有以下需要，恳请贵单位协助：", 28, bold: false, JustificationValues.Left));
        foreach (var line in c.Need.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            body.Append(Para(line, 28, bold: false, JustificationValues.Left));
        body.Append(Para(c.Consent ? "本转介已征得服务对象（或其监护人）的单独同意。" : "本转介依据法定职责进行，个人信息仅用于上述服务。", 24, bold: false, JustificationValues.Left));
        body.Append(Para($"请于{c.ChaseOn?.ToString("yyyy年M月d日") ?? "收到后尽快"}前告知受理情况。联系人：{c.Worker}", 24, bold: false, JustificationValues.Left));
        body.Append(Para(c.Community, 28, bold: false, JustificationValues.Right));
        body.Append(Para(c.On.ToString("yyyy年M月d日"), 28, bold: false, JustificationValues.Right));
        return body;
    });
}
