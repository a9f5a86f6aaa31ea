using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure.Demo;

/// <summary>
/// Seed 004's parking self-management at 东大街西里, moved to 青桐社区: the six-resident group collects the parking fees
/// and "定期向居民公布每一笔费用使用情况". A month of fees and the group's spending (line painting, a camera, the
/// attendant), one entry corrected. <b>All amounts are invented</b> (the seed gives none), and the ledger says so.
/// Two notices on the board: the month's accounts published, and the parking council inviting questions.
/// </summary>
public sealed class DisclosureDemo(Platform.Data.LinliDb db, ResidentDirectory residents, LedgersService ledgers, NoticesService notices, TimeProvider clock) : IDemoContributor
{
    public int Order => 70;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var ledger = await ledgers.CreateAsync(new NewLedger(community.Id, "停车自管小组基金（东大街西里做法，金额为演示虚构）", LedgerKind.SelfManagedFund), cancellationToken);
        var month = ChinaTime.Today(clock).AddDays(-ChinaTime.Today(clock).Day + 1).AddMonths(-1);
        var day = 1;
        foreach (var payer in (await residents.IdsByNameAsync(community.Id, cancellationToken)).Keys.Order(StringComparer.Ordinal).Take(12))
            await ledgers.RecordAsync(ledger.Id, new NewEntry(month.AddDays(day++ % 10), Direction.Income, 150m, "停车费", payer, true), cancellationToken);
        await ledgers.RecordAsync(ledger.Id, new NewEntry(month.AddDays(11), Direction.Expense, 360m, "道路划线", "成都市武侯区鑫达建材店", true), cancellationToken);
        var camera = await ledgers.RecordAsync(ledger.Id, new NewEntry(month.AddDays(14), Direction.Expense, 980m, "探头安装", "蓉城安防器材经营部", true), cancellationToken);
        await ledgers.RecordAsync(ledger.Id, new NewEntry(month.AddDays(27), Direction.Expense, 240m, "管理员补贴", "停车管理员（居民志愿者）", true), cancellationToken);
        await ledgers.CorrectAsync(camera.Id, new NewCorrection(890m, "发票金额为 890 元，录入时多写了 90 元"), cancellationToken);

        await notices.PublishAsync(new NewNotice(community.Id, "停车自管小组上月收支已公示",
            "停车自管小组上月收取停车费、支出道路划线、探头安装和管理员补贴，每一笔明细已在社区公开页面公示，扫描公告栏二维码即可查看和核验。（演示数据，金额为虚构）",
            NoticeCategory.Finance), cancellationToken);
        await notices.PublishAsync(new NewNotice(community.Id, "青桐老院停车议事会：欢迎提出问题和建议",
            "下周在青桐社区文明大客厅召开停车议事会，讨论院内停车秩序和车位分配。会前请在“邻里”居民端“议事协商”中提出问题和建议，或把纸条投进居委会意见箱。",
            NoticeCategory.Meeting, DisplayUntil: ChinaTime.Today(clock).AddDays(7)), cancellationToken);
    }
}
