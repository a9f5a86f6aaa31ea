using Linli.Web.Modules.Grants.Casebook;

namespace Linli.Web.Modules.Grants.Demo;

/// <summary>
/// Four of seed 002's nine cases written up for the demo's book of outstanding cases (one per kind of work: partners,
/// neighbours, volunteers, a contest), shortened from the seed's own account with its figures; the two stories are
/// invented and say so.
/// </summary>
public static class GrantsDemoCases
{
    private const string InventedStory = "（演示故事，编造）";
    private const string InventedConsent = "本人签署知情同意书（演示数据，编造）";

    public static readonly IReadOnlyDictionary<string, CaseStoryInput> ByCommunity = new Dictionary<string, CaseStoryInput>
    {
        ["新南路社区"] = new(
            "社区老年人多，慢性病患者多，居民看病要跑远路；辖区内有医院、诊所和学校，却少有与社区的日常联系。",
            "以“医居共建”为主线，联合五家医疗机构和一所学校的家长委员会，建一个健康小屋，把义诊、健康档案和健康学校放进社区。",
            "2020年3月底前完成需求调研与动员。\n2020年5月健康小屋建成，每周三义诊，至2021年2月共38次。\n健康学校按季度主题开讲4次，张贴宣传海报6期。\n健康家庭评选：86户报名，2463人投票，50户获奖。",
            "为300位居民建立健康档案；培育健康志愿者20名；评选活动浏览11776次。",
            "医疗资源愿意下沉，但需要社区搭好固定的平台和时间；下一步把健康档案与家庭医生签约衔接起来。",
            null, null),
        ["龙腾社区"] = new(
            "院落里老住户多、新租户多，邻里之间见面不相识，老人尤其孤单。",
            "以院落为单位组织邻里守望队，每月为当月生日的老人办集体生日会，让“熟人社区”重新长出来。",
            "组建3支院落守望队，约20名志愿者。\n每周院落茶话会，主题有“忆当年”“庆国庆”。\n每月一次集体生日会，建起一面邻里心愿墙。",
            "3支守望队常态运转；集体生日会成为院落里固定的节日。",
            "活动靠几位骨干撑着，骨干的接续培养要更早开始。",
            null, null),
        ["吉福社区"] = new(
            "社区有残障居民118人，出门难、参与少，家属照顾压力大。",
            "招募、赋能、宣传、实践、激励五个阶段，把志愿者和残障居民一起组织起来。",
            "三轮走访118位残障居民。\n三次自助活动：残障居民47人次、志愿者24人次参加。\n三次志愿者培训，招募新志愿者12名。\n三次助残知识讲座共300人次；关爱探访与防疫宣传共220人次。\n2021年3月结项前举行表彰会，颁发12张由执行机构和社区两委共同盖章的证书。",
            "残障居民从“被服务”走向“互相帮”，12名志愿者留了下来。",
            "运营资金来源单一，缺乏专业督导；需要把志愿服务纳入社区的常态工作。",
            "张叔叔腿脚不便，第一次活动是被志愿者推着轮椅来的；第三次，他教大家做手工，成了小组里的“老师”。" + InventedStory, InventedConsent),
        ["七里社区"] = new(
            "小区阳台杂物多、隐患多，楼栋之间缺少共同的话题。",
            "用“最美阳台”评选带动居民动手改造，再把参赛家庭组织成巡逻志愿者。",
            "2020年5月底前完成调研，20户有意参加。\n四次阳台改造工作坊，10户完成改造，6户进入评选。\n颁奖仪式上12个家庭到场，4户获奖。",
            "参赛家庭全部成为楼栋巡逻志愿者。",
            "评选的热度要接上日常的自治，下一步交给楼栋长轮流组织。",
            "李阿姨家的阳台原来堆满纸箱，改造后种满了花，她说现在每天都愿意在阳台上和邻居打招呼。" + InventedStory, InventedConsent),
    };
}
