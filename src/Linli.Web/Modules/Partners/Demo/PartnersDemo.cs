using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Partners.Demo;

/// <summary>
/// The partners seed 002 names, registered by the district: the community foundation running the 2019 program, the
/// social organizations that carried its projects (and a few invented ones, so 45 projects spread over twelve
/// carriers), 新南路's five medical partners and the school parents' committee, two experts, a company and a pet
/// charity (seed 004). Credit codes are invented (valid check characters, no real registration). 朗力社工中心 has an
/// account, langli (docs/demo.md).
/// </summary>
public sealed class PartnersDemo(Platform.Data.LinliDb db, PartnersService partners, ContributionsService contributions, Surveys.Needs.NeedsService needs)
    : IDemoContributor
{
    public const string OrganizationAccount = "langli";

    /// <summary>The twelve carriers of the 2019 batch, in the order the grants demo hands them projects.</summary>
    public static readonly string[] Carriers =
    [
        "成都市朗力社工中心", "爱馨广福社工服务中心", "耕新社工服务中心", "友邻社工服务中心", "锦城社工服务中心", "瑞丰社会工作服务中心",
        "邻里守望社工中心（编造）", "乐活社区服务中心（编造）", "绿色家园环保协会（编造）", "同心志愿者协会（编造）", "益众社会工作服务社（编造）", "和美社区发展中心（编造）",
    ];

    private const string NoSales = "活动中不推销任何产品；处方可在任意药店取药，不限本机构。";

    public int Order => 90;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var district = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.District, cancellationToken);
        if (district is null) return;
        var code = 0;
        string Code() => CreditCode.Complete($"52510107MJ{++code:D7}");
        async Task<int> RegisterAsync(string name, PartnerKind kind, string? areas = null, string? conditions = null, bool coded = true) =>
            await partners.RegisterAsync(new NewPartner(district.Id, name, kind, coded ? Code() : null, Areas: areas, Conditions: conditions,
                AgreementFrom: new DateOnly(2019, 11, 1), AgreementTo: new DateOnly(2027, 10, 31)), cancellationToken);

        await RegisterAsync("成都市武侯社区发展基金会", PartnerKind.Foundation, "社区发展,公益创投");
        var carriers = new List<int>();
        foreach (var name in Carriers) carriers.Add(await RegisterAsync(name, PartnerKind.SocialOrganization, "社区营造,社工服务"));
        await RegisterAsync("河北大学善和社会工作事业发展中心", PartnerKind.University, "养老,社工督导");

        foreach (var (name, kind) in new[] { ("成都医大医院", PartnerKind.Hospital), ("华西附二院儿童康复中心", PartnerKind.Hospital),
                     ("四川省人工晶体研究所", PartnerKind.Hospital), ("善眸堂", PartnerKind.Clinic), ("御瞳府中医馆", PartnerKind.Clinic) })
        {
            var id = await RegisterAsync(name, kind, "健康", NoSales);
            await partners.AddOfferAsync(id, new NewOffer(OfferKind.ServiceSessions, "每周三上午在健康小屋义诊（中医、眼科、青少年、体检轮流）", NoSales), cancellationToken);
            await partners.AddOfferAsync(id, new NewOffer(OfferKind.Training, "居民健康学校每季度讲座的主题与内容", null), cancellationToken);
        }
        var school = await RegisterAsync("龙江路小学家委会", PartnerKind.School, "教育,健康", coded: false);
        var xia = await RegisterAsync("夏老师（垃圾分类讲师）", PartnerKind.Expert, "环保", coded: false);
        await partners.AddOfferAsync(xia, new NewOffer(OfferKind.Training, "垃圾分类、堆肥与蚯蚓堆肥讲座和实践课", null), cancellationToken);
        var huang = await RegisterAsync("黄伟（首批成都市社区规划师）", PartnerKind.Expert, "规划", coded: false);
        await partners.AddOfferAsync(huang, new NewOffer(OfferKind.ServiceSessions, "院落微更新的设计指导、墙绘主题", null), cancellationToken);
        var weston = await RegisterAsync("四川威斯顿环球教育科技有限公司", PartnerKind.Business, "环保,教育");
        await partners.AddOfferAsync(weston, new NewOffer(OfferKind.Venue, "环保志愿队参观学习", "参观免费，不招揽学员"), cancellationToken);
        var pets = await RegisterAsync("萌宠关爱公益基金会（名称编造）", PartnerKind.Foundation, "动物保护");
        await partners.AddOfferAsync(pets, new NewOffer(OfferKind.Money, "与社区共同出资为流浪猫绝育（数千元）", "社区萌宠之家成员负责送医"), cancellationToken);

        await partners.CreateAccountAsync(carriers[0], new NewPartnerAccount(OrganizationAccount, "朗力社工中心 项目主管 杨老师", DemoSeeder.Password), cancellationToken);

        // 青桐's reading corner (a need from its survey) answered by the parents' committee's book drive (invented).
        if ((await needs.UnansweredAsync(cancellationToken)).FirstOrDefault(n => n.Title == "儿童阅读角") is { } corner)
        {
            var link = await contributions.LinkAsync(school, new NewLinkage(corner.Id), cancellationToken);
            await contributions.CloseLinkAsync(school, link, new LinkageUpdate(LinkageOutcome.Delivered, "家委会发动家长捐书 120 册，阅读角已开放（演示数据，编造）。"),
                cancellationToken);
        }
    }
}
