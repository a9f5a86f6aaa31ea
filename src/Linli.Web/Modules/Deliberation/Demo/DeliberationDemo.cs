using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Deliberation.Demo;

/// <summary>
/// Seed 002 case 3 (天府金花), moved to 锦华苑 of 锦华社区: a joint meeting of five organizations with written duties, and
/// the owners' lecture hall on the maintenance fund's emergency use — 7 suggestions and 11 questions collected first,
/// merged so that the seed's four top topics lead, answered together by the owners' committee and 环物委; the owners'
/// condition (publish every step) and the follow-through (the fire system at a third of the budget after an owners'
/// tender, 10 elevators restored and 12 repaired) as action items, one of them now overdue. The lecture hall is
/// recorded as it was six weeks ago, with the fire system's works and their tender published (disclosure module).
/// And an upcoming council in 青桐社区 that collects residents' questions.
/// </summary>
public sealed class DeliberationDemo(Platform.Data.LinliDb db, IServiceProvider services, TimeProvider clock) : IDemoContributor
{
    public int Order => 75;

    private static readonly TimeSpan Then = TimeSpan.FromDays(-42);

    /// <summary>The lecture hall's eighteen items as the seed tallies them; hands counted on site put the four seed topics on top.</summary>
    private static readonly (QuestionKind Kind, string Text, int Hands, int Topic)[] Items =
    [
        (QuestionKind.Question, "到底是谁在负责使用住宅专项维修资金？", 31, 1),
        (QuestionKind.Question, "维修资金由业委会申请还是物业申请，业主怎么监督？", 12, 1),
        (QuestionKind.Question, "申请应急使用前为什么没有和业主商量？", 24, 2),
        (QuestionKind.Suggestion, "动员使用维修资金之前应先开业主座谈会。", 9, 2),
        (QuestionKind.Question, "大额的维修资金具体包括哪些项目？", 18, 3),
        (QuestionKind.Question, "消防改造为什么要三百多万？", 11, 3),
        (QuestionKind.Suggestion, "把每一项维修的预算明细贴到每个单元门口。", 6, 3),
        (QuestionKind.Question, "外墙“补疤”十分难看，还要继续补吗？", 15, 4),
        (QuestionKind.Suggestion, "外墙修补请统一颜色，修补前先给业主看效果图。", 8, 4),
        (QuestionKind.Question, "电梯什么时候能恢复双电梯运行？", 7, 5),
        (QuestionKind.Question, "坏了的 10 台电梯是修还是换？", 5, 5),
        (QuestionKind.Suggestion, "电梯维修期间请物业安排人员帮老人搬东西。", 4, 5),
        (QuestionKind.Question, "维修工程由谁来招标，业主能不能到场？", 6, 6),
        (QuestionKind.Suggestion, "招标时请业主代表现场见证开标。", 5, 6),
        (QuestionKind.Question, "应急使用的七种情况有哪些？", 3, 0),
        (QuestionKind.Question, "维修资金余额还剩多少？", 3, 0),
        (QuestionKind.Suggestion, "每月在业主群和公告栏公布一次进展。", 2, 0),
        (QuestionKind.Suggestion, "下次大讲堂请律师一起来讲解。", 1, 0),
    ];

    private static readonly (string Title, string Answer)[] Topics =
    [
        ("谁在负责使用住宅专项维修资金", "维修资金由业委会代表全体业主申请使用，物业负责具体实施，社区和环物委监督；每一步在小区公告栏和线上公示。"),
        ("维修基金的动员为何不与业主协商", "前期动员确有不足。今后凡使用维修资金，先开业主座谈会、在大讲堂说明，再按《成都市住宅专项维修资金管理办法》申报。"),
        ("大额住宅专项维修资金的包括哪些内容", "现阶段仍在方案制定阶段：消防系统只在原有基础上维修，电梯恢复与维修分开核算；最终方案征求业主和街道、社区意见后再定。"),
        ("外墙“补疤”十分难看", "外墙修补暂停，待统一颜色和做法的方案经业主看过效果图后再实施。"),
        ("电梯恢复与维修安排", "恢复 10 台完全损坏的电梯，另外 12 台做小型维修，保障全小区“双电梯”运行；维修期间物业安排人员协助老人。"),
        ("招标与开标", "维修工程自主招标，邀请业主代表现场见证开标，按报价、资质和维修内容综合选择。"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var jinhua = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "锦华社区", cancellationToken);
        var compound = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Compound && r.Name == "锦华苑", cancellationToken);
        if (jinhua is null || compound is null) return;
        await LectureHallAsync(jinhua.Id, compound.Id, cancellationToken);
        if (await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken) is { } qingtong)
            await UpcomingCouncilAsync(qingtong.Id, cancellationToken);
    }

    private async Task LectureHallAsync(int communityId, int compoundId, CancellationToken cancellationToken)
    {
        // Recorded as it happened, six weeks ago: due dates were in the future then.
        var past = new ShiftedClock(clock, Then);
        var meetings = ActivatorUtilities.CreateInstance<MeetingsService>(services, past);
        var questions = ActivatorUtilities.CreateInstance<QuestionsService>(services, past, meetings);
        var resolutions = ActivatorUtilities.CreateInstance<ResolutionsService>(services, past, meetings);

        var body = await meetings.CreateBodyAsync(new NewBody(communityId, compoundId, BodyKind.JointMeeting, "锦华苑联席会议", "每月第一个周三（定期）＋遇事随时召开（不定期）",
        [
            new("锦华社区居委会", "负责项目的组织管理工作，协调各方，对外链接资源。", "社区党委书记"),
            new("社区环境与物业管理委员会（环物委）", "协助、监督业委会开展工作；收集、整理业主学习需求，回应业主诉求。", null),
            new("锦华苑业主委员会", "履行执行工作和决策职责，积极动员和引导业主参与。", "业委会主任"),
            new("锦华苑物业服务中心", "落实维修工程的实施，按时报告进度。", "项目经理"),
            new("友邻社工（社会组织）", "主持参与式工作坊、协商讨论会及业主大讲堂，做好记录。", "周老师"),
        ]), cancellationToken);
        var startsAt = Platform.Localization.ChinaTime.Today(past).ToDateTime(new TimeOnly(19, 0));
        var meeting = await meetings.CreateAsync(new NewMeeting(communityId, MeetingKind.OwnersForum, "业主大讲堂：住宅专项维修资金应急使用", startsAt, "锦华苑业主活动室",
            body.Id, "友邻社工 周老师", "讲解应急使用住宅专项维修资金的七种情况、使用流程和申报主体；先收集问题，后集中回应。",
            "锦华社区居委会、环物委、锦华苑业委会、物业服务中心、友邻社工", CollectsQuestions: false), cancellationToken);

        var byTopic = new Dictionary<int, List<int>>();
        foreach (var (kind, text, hands, topic) in Items)
        {
            var question = await questions.EnterAsync(meeting.Id, new NewQuestion(text, kind, QuestionChannel.OnSite), cancellationToken);
            await questions.CountHandsAsync(question.Id, new HandsCount(hands), cancellationToken);
            if (topic > 0) (byTopic.TryGetValue(topic, out var list) ? list : byTopic[topic] = []).Add(question.Id);
        }
        for (var i = 0; i < Topics.Length; i++)
        {
            var topic = await questions.MergeAsync(meeting.Id, new NewTopic(Topics[i].Title, byTopic[i + 1]), cancellationToken);
            await questions.AnswerAsync(topic.Id, new TopicAnswer(Topics[i].Answer, "锦华苑业委会、环物委", FollowUp: i < 3), cancellationToken);
        }

        var open = await resolutions.CreateAsync(meeting.Id, new NewResolution("业委会在维修资金使用过程中做到信息公开透明，及时向业主公示工作进展情况。",
            DecisionMethod.Consensus, null, null, null, true), cancellationToken);
        var monthly = await resolutions.AddActionAsync(open.Id, new NewAction("每月在公告栏和业主群公示维修进展", "锦华苑业委会", DateOnly.FromDateTime(startsAt).AddDays(30),
            "公告栏＋线上各一次"), cancellationToken);
        await resolutions.UpdateActionAsync(monthly.Id, new ActionUpdate(ActionStatus.InProgress, "第一期公示已张贴", 50), cancellationToken);

        var works = await resolutions.CreateAsync(meeting.Id, new NewResolution("消防系统只在原有基础上维修，维修工程自主招标，业主代表现场见证开标。",
            DecisionMethod.Hands, 23, 2, 1, true), cancellationToken);
        await FireWorksAsync(communityId, compoundId, works.Id, cancellationToken);
        var fire = await resolutions.AddActionAsync(works.Id, new NewAction("消防系统维修（自主招标，业主见证开标）", "锦华苑业委会、物业服务中心",
            DateOnly.FromDateTime(startsAt).AddDays(180), "原有系统维修；原预算 300 余万元", FundedBy: "住宅专项维修资金"), cancellationToken);
        await resolutions.UpdateActionAsync(fire.Id, new ActionUpdate(ActionStatus.InProgress, "现场开标，报价约为原预算的三分之一，为期半年的维修已启动", 20), cancellationToken);
        await resolutions.AddActionAsync(works.Id, new NewAction("恢复 10 台完全损坏的电梯，另 12 台小型维修", "物业服务中心", DateOnly.FromDateTime(startsAt).AddDays(120),
            "共 22 台；保障全小区“双电梯”运行", FundedBy: "住宅专项维修资金"), cancellationToken);

        await meetings.SaveMinutesAsync(meeting.Id, new MinutesDraft("锦华社区居委会、环物委、锦华苑业委会、物业服务中心、友邻社工；业主 40 余人",
            "社工讲解应急使用住宅专项维修资金的七种情况、使用流程和申报主体；业主有序发言并现场记录，共提出 7 条建议和 11 条问题，统计后集中回应。"
            + "业委会展示了过程资料，说明现阶段仍在方案制定阶段，承诺最终方案征求业主和街道、社区意见后再定。"), cancellationToken);
        await meetings.MoveMinutesAsync(meeting.Id, MinutesStatus.Approved, cancellationToken);
        await meetings.MoveMinutesAsync(meeting.Id, MinutesStatus.Published, cancellationToken);
    }

    /// <summary>
    /// The fire system's works in the open: the original plan's 300-odd 万 as the budget, bids opened before owners'
    /// representatives, the choice at about a third of it "on price, qualification and scope", the works under way.
    /// The bidders and quotes are invented (the seed names none).
    /// </summary>
    private async Task FireWorksAsync(int communityId, int compoundId, int resolutionId, CancellationToken cancellationToken)
    {
        var works = services.GetRequiredService<Disclosure.WorksService>();
        var project = await works.CreateAsync(new Disclosure.NewWorks(communityId, "锦华苑消防系统维修", "住宅专项维修资金", 3_080_000m, compoundId, resolutionId),
            cancellationToken);
        await works.OpenAsync(project.Id, new Disclosure.BidOpening(6,
        [
            new("四川蓉安消防工程有限公司", 1_026_000m, "消防设施工程专业承包二级；原系统维修"),
            new("成都锦城机电安装有限公司", 1_185_500m, "原系统维修，含末端更换"),
            new("成都天府消防技术服务有限公司", 1_312_000m, "原系统维修，质保三年"),
        ]), cancellationToken);
        var bids = (await works.ViewAsync(project.Id, cancellationToken)).Bids;
        await works.AwardAsync(project.Id, new Disclosure.BidAward(bids[0].Id, "报价最低，资质符合，维修内容覆盖原系统全部故障点"), cancellationToken);
        await works.ProgressAsync(project.Id, new Disclosure.WorksStep(20, "为期半年的消防维修已启动：完成全楼栋烟感排查"), cancellationToken);
    }

    private async Task UpcomingCouncilAsync(int communityId, CancellationToken cancellationToken)
    {
        var meetings = services.GetRequiredService<MeetingsService>();
        var questions = services.GetRequiredService<QuestionsService>();
        var startsAt = Platform.Localization.ChinaTime.Today(clock).AddDays(7).ToDateTime(new TimeOnly(19, 0));
        var council = await meetings.CreateAsync(new NewMeeting(communityId, MeetingKind.Council, "青桐老院停车议事会", startsAt, "青桐社区文明大客厅",
            Host: "青桐社区居委会", Agenda: "院内停车秩序和车位分配：先收集大家的问题和建议，会上集中回应。"), cancellationToken);
        foreach (var (kind, text) in new[]
        {
            (QuestionKind.Question, "外来车辆总占院里的位置，能不能装道闸？"),
            (QuestionKind.Suggestion, "学习东大街西里，一户一户问需求，成立停车自管小组。"),
            (QuestionKind.Question, "电动车充电的地方能不能和停车位分开？"),
        })
            await questions.EnterAsync(council.Id, new NewQuestion(text, kind), cancellationToken);
    }
}
