using System.Security.Claims;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.MicroRenewal.Demo;

/// <summary>
/// Seed 002's two micro-renewals, moved to 青桐老院. The lane (玉寿巷's way, about a year): door-to-door in the
/// courtyards, seven activists, the suggestions sorted at 快乐农场, the plan fixed by three parties with four items
/// and their dimensions (200 m × 0.5 m, 3 m × 3 m, 5 m × 3 m), mural makers measured and compared, two murals, now
/// in 后期反馈. The courtyard garden (菊园's way): two designs put to 1号院's households, the poll open — the demo
/// resident 刘建国 can answer it in the portal. Prices and the photos are invented (the photos are plain
/// placeholders) and say so.
/// </summary>
public sealed class RenewalDemo(Platform.Data.LinliDb db, IServiceProvider services, TimeProvider clock) : IDemoContributor
{
    public int Order => 80;

    // Placeholder pictures (48 × 32): a grey wall over a bare bed; a painted wall over a levelled strip.
    private static readonly byte[] Before = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAUklEQVR42mOYNsgAw6iDRh006qBRB406aNRBow4addCog0YdNMQclOJtVBFlA0cDzmUYVK5BcdAgCSqGQeUaIJdhULkGFEKjiXo0UY8m6pGWqAGS6+NCZhSZ1wAAAABJRU5ErkJggg==");
    private static readonly byte[] After = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAIAAADbtmxLAAAAQUlEQVR42u3OIREAIBAAsI+IphA10IRA04US+He4F7tbgMXYt5QQEhISEkqhNnspQkJCQkI5dPYqRUhISEhI6NMDFVFxZlOFYesAAAAASUVORK5CYII=");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        var lane = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Compound && r.Name == "青桐老院", cancellationToken);
        if (community is null || lane is null) return;
        var courtyard = await db.Regions.FirstAsync(r => r.Kind == RegionKind.Courtyard && r.Name == "1号院" && r.Path.StartsWith(lane.Path), cancellationToken);
        await LaneAsync(community.Id, lane.Id, cancellationToken);
        await GardenAsync(community.Id, courtyard.Id, cancellationToken);
    }

    /// <summary>The service as it was some days ago, so each step carries the day it was reached.</summary>
    private RenewalService DaysAgo(int days) => ServicesAt.Shifted(services, clock, TimeSpan.FromDays(-days)).Service<RenewalService>();

    private DateTime At(int daysAgo, int hour) => ChinaTime.Today(clock).AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, 0));

    private async Task LaneAsync(int communityId, int laneId, CancellationToken ct)
    {
        var id = await DaysAgo(330).CreateAsync(new NewRenewal(communityId, "青桐老院巷道缤纷院落微更新（玉寿巷做法）",
            "巷道约 200 米，串起院落。社工逐院入户拜访骨干，收集居民建议；骨干代表、规划师和社区两委一起梳理建议、讨论方案，动员居民参与改造。", laneId, 30000m,
            "公益创投资金（金额为演示虚构）"), ct);
        await DaysAgo(300).AdvanceAsync(id, new NextStep("逐院入户拜访，6 条居民建议逐字记录；7 位院落骨干加入。"), ct);
        await DaysAgo(280).AdvanceAsync(id, new NextStep("在快乐农场召开建议梳理会，归纳为 5 条建议。"), ct);
        var renewal = DaysAgo(270);
        var hedge = await renewal.AddSiteAsync(id, new NewSite("巷道右侧长花台", "居民反映花台积水渗进墙根，建议拆除后填平做防水。"), ct);
        await renewal.AddSiteAsync(id, new NewSite("1号院废弃花台和垃圾收集点", "院委会提出由本院自己改造。"), ct);
        await renewal.LinkMeetingAsync(id, new RenewalMeetingLink(RenewalStage.SiteHearing, StartsAt: At(272, 15), Place: "快乐农场"), ct);
        await renewal.ChooseSiteAsync(id, new Choice(hedge, "听证会上多数居民认为巷道花台问题最突出，兼顾 1号院自行改造。"), ct);
        await renewal.AdvanceAsync(id, new NextStep("选点听证会后确定点位。"), ct);
        await DaysAgo(240).AdvanceAsync(id, new NextStep("就拆除花台、墙绘主题征询意见。"), ct);
        renewal = DaysAgo(200);
        await renewal.AddOptionAsync(id, new NewOption("墙绘“共建·共商·共享”", "以快乐农场场景为主题，邀请本地画室开展墙绘培训，居民一起画。"), ct);
        await renewal.AddOptionAsync(id, new NewOption("立体绿化", "花台改为爬藤绿化墙。"), ct);
        var before = await renewal.AddPhotoAsync(id, RenewalPhotoKind.Before, "巷道右侧花台（示意图）", null, new MemoryStream(Before), ct);
        await renewal.AdvanceAsync(id, new NextStep("规划师拟出两版方案。"), ct);
        renewal = DaysAgo(180);
        await renewal.LinkMeetingAsync(id, new RenewalMeetingLink(RenewalStage.DesignCoordination, StartsAt: At(182, 15), Place: "快乐农场"), ct);
        var view = await renewal.ViewAsync(id, ct);
        await renewal.AdoptOptionAsync(id, new Choice(view.Options[0].Id, "通过三方共商（骨干居民、规划师、社区两委）确定墙绘方案；绿化墙维护成本高。"), ct);
        foreach (var (what, who, size) in new[]
        {
            ("拆除右侧花台并填平、做防水，居民协助", "社区两委、院委会", "约 200 m × 0.5 m"),
            ("拆除左侧花台并填平、做防水", "社区两委", "约 3 m × 3 m"),
            ("墙绘“共建·共商·共享”，本地画室开展墙绘培训", "规划师、本地画室、居民", "2 面墙"),
            ("1号院院委会自行改造垃圾收集点和废弃花台", "1号院院委会", "约 5 m × 3 m"),
        })
            await renewal.AddItemAsync(id, new NewPlanItem(what, who, size), ct);
        var chosen = await renewal.AddQuoteAsync(id, new NewQuote("成都青禾墙绘工作室", "两面墙绘及墙面处理", 8600m, "含墙绘培训两次（演示虚构）"), ct);
        await renewal.AddQuoteAsync(id, new NewQuote("蓉城彩绘装饰有限公司", "两面墙绘", 9800m, "（演示虚构）"), ct);
        await renewal.AddQuoteAsync(id, new NewQuote("锦里美术服务部", "两面墙绘，不含墙面处理", 7200m, "墙面处理需另请（演示虚构）"), ct);
        await renewal.ChooseQuoteAsync(id, new Choice(chosen, "到实地测量后多方比价：报价含墙面处理和居民墙绘培训，总价最低。"), ct);
        await renewal.AdvanceAsync(id, new NextStep("各方工作清单分发到位；居民自带工具，门卫指挥交通，年轻党员志愿者加入。"), ct);
        renewal = DaysAgo(60);
        await renewal.AddPhotoAsync(id, RenewalPhotoKind.After, null, before, new MemoryStream(After), ct);
        await renewal.AdvanceAsync(id, new NextStep("两幅墙绘完成：“共建共治共享主题墙”“与邻一起，快乐共享”。"), ct);
        renewal = DaysAgo(20);
        await renewal.LinkMeetingAsync(id, new RenewalMeetingLink(RenewalStage.ResultReview, StartsAt: At(21, 15), Place: "青桐社区文明大客厅"), ct);
        await renewal.AdvanceAsync(id, new NextStep("评议会后开展公益菜市、夏令营等后续活动。"), ct);
    }

    private async Task GardenAsync(int communityId, int courtyardId, CancellationToken ct)
    {
        var id = await DaysAgo(90).CreateAsync(new NewRenewal(communityId, "1号院闲置地块共享花园（菊园做法）",
            "3 栋旁的闲置地块杂物堆积。问卷调查后，计划改造成居民共同认养、共同维护的共享花园。", courtyardId), ct);
        var renewal = DaysAgo(80);
        await renewal.AdvanceAsync(id, new NextStep("发放问卷，了解居民对闲置地块的想法。"), ct);
        await renewal.AdvanceAsync(id, new NextStep("汇总问卷，初选地块。"), ct);
        var plot = await renewal.AddSiteAsync(id, new NewSite("3 栋旁闲置地块", "问卷中多数住户希望改为花园。"), ct);
        await renewal.LinkMeetingAsync(id, new RenewalMeetingLink(RenewalStage.SiteHearing, StartsAt: At(82, 19), Place: "1号院院坝"), ct);
        await renewal.ChooseSiteAsync(id, new Choice(plot, "听证会上住户一致同意。"), ct);
        await renewal.AdvanceAsync(id, new NextStep("选点听证会确定地块。"), ct);
        renewal = DaysAgo(30);
        await renewal.AdvanceAsync(id, new NextStep("征询种什么、谁来维护。"), ct);
        await renewal.AddOptionAsync(id, new NewOption("方案一：轮胎花坛", "旧轮胎彩绘成花坛，亲子一起种植。"), ct);
        await renewal.AddOptionAsync(id, new NewOption("方案二：种植园", "分成小块，由住户认养种菜种花。"), ct);
        await renewal.AdvanceAsync(id, new NextStep("设计团队拟出两版方案，供住户选择“最优方案”。"), ct);
        await DaysAgo(3).OpenPollAsync(id, new ClaimsPrincipal(new ClaimsIdentity()), ct);
    }
}
