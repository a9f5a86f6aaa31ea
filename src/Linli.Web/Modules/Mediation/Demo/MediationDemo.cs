using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Mediation.Demo;

/// <summary>
/// Seed 003's rooster, moved to 锦华苑: an angry post in the residents' WeChat group about a rooster crowing before
/// five; the social worker and 彭女士 look for its owner together, do not find them, write a persuasion letter
/// together and post it at the building; the next morning it is quiet — the follow-up check is due today. Beside it,
/// a parking quarrel from the request line still open. Names are invented.
/// </summary>
public sealed class MediationDemo(Platform.Data.LinliDb db, MediationService mediation, TimeProvider clock) : IDemoContributor
{
    public int Order => 75;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "锦华社区", cancellationToken);
        var compound = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Compound && r.Name == "锦华苑", cancellationToken);
        if (community is null || compound is null) return;
        var today = ChinaTime.Today(clock);

        var rooster = await mediation.OpenAsync(new NewMediation(community.Id, MediationIssue.Animals, MediationChannel.WeChatGroup, "彭女士（4栋）",
            "彭女士在居民群里发火：“4栋有只公鸡每天早上不到5点就叫，叫他宰了！”社工私信安抚，约她一起去找养鸡的住户。", null, compound.Id, today.AddDays(-2),
            "驻点社工 陈老师"), cancellationToken);
        await mediation.AddStepAsync(rooster, new NewMediationStep(MediationStepKind.JointSearch, "和彭女士一起在4栋逐层寻找，没有找到鸡的主人。", today.AddDays(-2)),
            cancellationToken);
        await mediation.AddStepAsync(rooster, new NewMediationStep(MediationStepKind.LetterDrafted, "和彭女士商量，一起拟一封文明劝导函。", today.AddDays(-2),
            Letter: "亲爱的邻居：\n您好！最近每天清晨不到5点，楼里就传来公鸡的叫声，不少早起上班的邻居和老人、孩子都被吵醒了。\n城市小区里饲养家禽既影响休息，也容易带来卫生问题。恳请饲养公鸡的邻居妥善处理，还大家一个安静的清晨。\n感谢您的理解和支持！"),
            cancellationToken);
        await mediation.AddStepAsync(rooster, new NewMediationStep(MediationStepKind.LetterPosted, "一起把劝导函张贴在4栋楼下。", today.AddDays(-2), PostedAt: "锦华苑4栋楼下单元门旁"),
            cancellationToken);
        await mediation.AddStepAsync(rooster, new NewMediationStep(MediationStepKind.Acknowledgement, "第二天真的没有听到鸡叫；在居民群里为让步的邻居点赞。", today.AddDays(-1)),
            cancellationToken);
        await mediation.RecordOutcomeAsync(rooster, new MediationResult(MediationOutcome.Settled, "张贴第二天起没有再听到鸡叫。", today), cancellationToken);

        await mediation.OpenAsync(new NewMediation(community.Id, MediationIssue.Parking, MediationChannel.RequestLine, "赵先生（2栋）",
            "赵先生反映有车辆长期占用他家门口的消防通道，双方在楼下争吵过一次。", "2栋一位车主（姓名待核实）", compound.Id, today.AddDays(-1), "驻点社工 陈老师"), cancellationToken);
    }
}
