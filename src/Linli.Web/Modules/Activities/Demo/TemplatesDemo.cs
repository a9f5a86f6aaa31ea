using System.Security.Claims;
using Linli.Web.Modules.Activities.Templates;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Activities.Demo;

/// <summary>
/// 青桐社区's activity templates, in seed 002's words: the birthday party's "意义宣讲、破冰、互动、再熟悉", the courtyard
/// tea party with its "忆当年" and sorting quiz, and "端午送粽子" — and next month's birthday party made from the first.
/// </summary>
public sealed class TemplatesDemo(Platform.Data.LinliDb db, ActivityTemplates templates, ActivitiesService activities, TimeProvider clock) : IDemoContributor
{
    public int Order => 22;

    private static readonly ClaimsPrincipal Staff = new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "qingtong")], "demo"));

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var birthday = await templates.CreateAsync(new TemplateRequest(community.Id, "长者集体生日会", "长者关爱", "为当月过生日的长者集体庆生，志愿者包饺子。", null, 30,
            [new("意义宣讲", 10), new("破冰", 15), new("互动", 40), new("再熟悉", 25)],
            [new("生日蛋糕", "2个"), new("生日帽", "每人一顶"), new("饺子馅和面", "60人份"), new("签到表", "1份")],
            [new("主持", 1), new("包饺子志愿者", 4), new("摄影", 1)]), Staff, cancellationToken);
        await templates.CreateAsync(new TemplateRequest(community.Id, "院落茶话会", "邻里互动", "每周在院落里围坐喝茶，每次一个主题。", null, 25,
            [new("主题导入", 10), new("忆当年", 40), new("垃圾分类小问答", 20), new("合影", 10)],
            [new("茶水和点心", "25人份"), new("问答卡片", "20张")],
            [new("社工主持", 1), new("楼门长召集", 2)]), Staff, cancellationToken);
        await templates.CreateAsync(new TemplateRequest(community.Id, "端午送粽子", "节日关怀", "和志愿者一起包粽子，给独居和高龄老人送上门。", null, 40,
            [new("包粽子", 60), new("分组入户送粽", 60)],
            [new("粽叶、糯米、红枣", "200个粽子的量"), new("保温袋", "10个")],
            [new("志愿者", 6), new("带路的楼门长", 2)]), Staff, cancellationToken);

        var day = ChinaTime.Today(clock).AddDays(20).ToDateTime(new TimeOnly(14, 0));
        await activities.CreateAsync(new NewActivity(community.Id, null, null, "多功能厅", day, null, null, ActivityStatus.Published, null, true, TemplateId: birthday),
            cancellationToken);
    }
}
