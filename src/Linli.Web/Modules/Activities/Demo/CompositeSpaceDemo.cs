using Linli.Web.Modules.Activities.Attendance;
using Linli.Web.Modules.Activities.Spaces;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Demo;

/// <summary>
/// Seed 000's composite space (B社区) moved to 安康社区: a community culture space with its 学思墙 and 成长相册, open six
/// days a week since it was set up 233 days ago — about two hundred days of opening ("日常开放服务近两百场") — and the
/// 22 themed activities held there since with the residents' groups ("主题活动二十余场"), whose sign-in sheets count 526
/// direct beneficiaries ("直接受益居民超五百人"). Titles and who came are invented; the figures are the seed's.
/// </summary>
public sealed class CompositeSpaceDemo(Platform.Data.LinliDb db, IServiceProvider services, ResidentDirectory residents, ActivityDirectory activities,
    AttendanceSheets sheets, TimeProvider clock) : IDemoContributor
{
    public const int DaysOpen = 233, Beneficiaries = 526;

    private static readonly string[] Themes =
    [
        "学思墙开墙仪式", "成长相册·邻里故事征集", "邻里读书会", "“双减”课后托管体验", "社区事务共议会", "公共空间共商会", "远亲不如近邻·邻里节",
        "亲子手工坊", "长者智能手机课堂", "安置房邻里互助茶话会", "垃圾分类主题宣讲", "邻里美食分享会", "儿童安全课", "成长相册·家庭影像展",
        "邻里百家宴", "敬老爱老主题活动", "学思墙·家风家训分享", "社区议事能力培训", "邻里调解小剧场", "包饺子·邻里情", "书法兴趣小组展示", "年度回顾与表彰",
    ];

    public int Order => 24;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "安康社区", cancellationToken);
        if (community is null) return;
        var people = (await residents.LivingInAsync(community.Id, cancellationToken)).Select(r => r.Id).ToList();
        if (people.Count < Beneficiaries) return;

        var today = ChinaTime.Today(clock);
        var setUp = today.AddDays(-DaysOpen);
        var sixDays = Enum.GetValues<DayOfWeek>().Where(d => d != DayOfWeek.Monday).Select(d => new OpeningView(d, new TimeOnly(9, 0), new TimeOnly(21, 0))).ToList();
        await ServicesAt.When(services, clock, setUp.ToDateTime(new TimeOnly(9, 0))).Service<SpacesService>().CreateAsync(
            new NewSpace(community.Id, "邻里复合空间", 60, false, sixDays, SpaceKind.Hall, 30, 240, 30, true), cancellationToken);

        var random = new Random(2000);
        var came = people.OrderBy(_ => random.Next()).Take(Beneficiaries).ToList();
        var held = new List<AttendanceSheet>();
        for (var n = 0; n < Themes.Length; n++)
        {
            // Every week or two from the opening, never on the closed Monday, in the afternoon.
            var day = setUp.AddDays(3 + n * (DaysOpen - 10) / Themes.Length);
            if (day.DayOfWeek == DayOfWeek.Monday) day = day.AddDays(1);
            var start = ChinaTime.ToUtc(day.ToDateTime(new TimeOnly(14, 30)));
            var size = random.Next(35, 80);
            var created = await activities.CreateAsync(new NewActivity(community.Id, Themes[n], "社工与社区自组织共同开展的主题活动（演示数据，编造）", "邻里复合空间", start,
                start.AddHours(2), size, ActivityStatus.Published, null, true, Category: "主题活动"), cancellationToken);
            // Everyone of the 526 comes at least once (each to the activity of their turn); the rest of the room are neighbours coming back.
            var own = came.Where((_, k) => k % Themes.Length == n).ToList();
            var back = came.OrderBy(_ => random.Next()).Take(size);
            held.Add(new AttendanceSheet(created.Id, [.. own.Concat(back).Distinct().Take(Math.Max(size, own.Count))]));
        }
        await sheets.RecordAsync(held, "纸质签到表补录", "ankang", cancellationToken);
    }
}
