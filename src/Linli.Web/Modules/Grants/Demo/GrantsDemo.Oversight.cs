using Linli.Web.Modules.Grants.Oversight;
using Linli.Web.Modules.Grants.Shortlist;
using Linli.Web.Platform.Demo;

namespace Linli.Web.Modules.Grants.Demo;

/// <summary>The batch's notice before the awards, and its agreements, payments and mid-term reviews after them.</summary>
public sealed partial class GrantsDemo
{
    /// <summary>The shortlist on public notice for seven days before the awards, and the one objection a resident sent (answered, not upheld).</summary>
    private async Task PublishShortlistAsync(int program, IReadOnlyList<(PlannedProject Plan, int Application)> shortlisted, CancellationToken cancellationToken)
    {
        var notice = await At(new DateTime(2019, 12, 23, 9, 0, 0)).Service<ShortlistService>().PublishAsync(program, new NewShortlist(7,
            [.. shortlisted.Select(s => new NewShortlistEntry(s.Application, s.Plan.AmountFen / 100m))], "拟资助项目名单公示，对名单有异议的请在公示期内提出。"), cancellationToken);
        if (await DemoUsers.PrincipalAsync(db, "jumin", cancellationToken) is not { } resident) return;
        var objection = await At(new DateTime(2019, 12, 26, 20, 0, 0)).Service<ShortlistService>().ObjectAsync(notice,
            new NewObjection(null, "希望公示写明每个项目服务多少居民，方便大家监督。", null), resident, cancellationToken);
        await At(new DateTime(2019, 12, 27, 10, 0, 0)).Service<ShortlistService>().AnswerAsync(objection,
            new ObjectionAnswer(false, "各项目的服务对象和目标人数见申报书；立项后在项目页公开，按月更新。"), cancellationToken);
    }

    /// <summary>
    /// Agreements signed five days after the awards — 60% paid on signing, the rest once the mid-term review passed —
    /// and the mid-term reviews: all passed, 七里's (whose June report came back) after one rectification item. The
    /// projects of 朗力 (the demo organization's account, langli) are left unsigned for the console's walkthrough.
    /// </summary>
    private async Task OverseeAsync(IReadOnlyList<(PlannedProject Plan, int Id)> projects, CancellationToken cancellationToken)
    {
        foreach (var (planned, project) in projects.Where(p => p.Plan.Carrier != Partners.Demo.PartnersDemo.Carriers[0]))
        {
            var amount = planned.AmountFen / 100m;
            var first = decimal.Round(amount * 0.6m, 2);
            var agreement = await At(new DateTime(2020, 1, 20, 10, 0, 0)).Service<OversightService>().SignAsync(project, new NewAgreement($"WHGY-2019-2-{project:D3}",
                new DateOnly(2020, 1, 20), [new NewTranche(first), new NewTranche(amount - first, AfterReview: ReviewStage.Midterm)]), cancellationToken);
            await At(new DateTime(2020, 1, 23, 10, 0, 0)).Service<OversightService>().PayAsync(agreement.Tranches[0].Id, new TranchePayment(new DateOnly(2020, 1, 23)),
                cancellationToken);
            var rectify = planned.Community == "七里社区";
            var review = await At(new DateTime(2020, 9, 30, 16, 0, 0)).Service<OversightService>().ReviewAsync(project, new NewProjectReview(ReviewStage.Midterm,
                new DateOnly(2020, 9, 30), rectify ? "活动开展正常；六月工作坊的过程资料不全。" + Invented : "按计划推进，台账齐全。" + Invented,
                rectify ? ReviewConclusion.Rectify : ReviewConclusion.Pass, rectify ? [new NewRectification("补齐六月工作坊的照片和签到表", new DateOnly(2020, 10, 20))] : null),
                cancellationToken);
            var paidOn = new DateOnly(2020, 10, 15);
            if (rectify)
            {
                var item = (await At(new DateTime(2020, 10, 16, 10, 0, 0)).Service<OversightService>().ReviewsAsync(project, cancellationToken)).Single(r => r.Id == review).Items[0];
                await At(new DateTime(2020, 10, 16, 10, 0, 0)).Service<OversightService>().CompleteItemAsync(project, item.Id,
                    new RectificationDone("已补传照片 12 张与签到表扫描件。" + Invented), cancellationToken);
                paidOn = new DateOnly(2020, 10, 22);
            }
            await At(paidOn.ToDateTime(new TimeOnly(10, 0))).Service<OversightService>().PayAsync(agreement.Tranches[1].Id, new TranchePayment(paidOn), cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
