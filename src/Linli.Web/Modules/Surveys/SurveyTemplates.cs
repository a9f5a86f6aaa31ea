namespace Linli.Web.Modules.Surveys;

/// <summary>
/// Questionnaires a community copies rather than writes from nothing: the household needs survey the seeds start from
/// (who lives here, what they lack, when they are free) and the short satisfaction form an activity hands out.
/// </summary>
public static class SurveyTemplates
{
    public sealed record Template(string Key, string Title, string TitleEn, string Intro, SurveyOncePer OncePer, IReadOnlyList<QuestionInput> Questions);

    public static readonly IReadOnlyList<Template> All =
    [
        new("household-needs", "社区住户需求调查", "Household needs survey",
            "为了解居民的真实需求、办好身边的服务，请您抽几分钟填写。问卷不记名，结果只用于社区服务。", SurveyOncePer.Household,
            [
                new("household_size", QuestionType.Number, "您家常住几口人？", "How many people live in your home?", "家庭情况", Required: true, Min: 1, Max: 20),
                new("elders", QuestionType.Single, "家中是否有 60 岁以上老人？", "Anyone aged 60 or over at home?", "家庭情况", ["有", "没有"], ["Yes", "No"], Required: true),
                new("elder_needs", QuestionType.Multiple, "老人最需要哪些服务？（最多选 3 项）", "Which services do the elders need most? (up to 3)", "家庭情况",
                    ["助餐", "健康义诊", "上门探访", "文娱活动", "助浴助洁"], ["Meals", "Health checks", "Home visits", "Leisure activities", "Bathing and cleaning"],
                    AllowOther: true, MaxChoices: 3, ShowIf: new("elders", ["有"])),
                new("children", QuestionType.Single, "家中是否有 14 岁以下儿童？", "Any children under 14 at home?", "家庭情况", ["有", "没有"], ["Yes", "No"], Required: true),
                new("wanted_facilities", QuestionType.Multiple, "您希望社区增设哪些设施或服务？", "Which facilities or services should the community add?", "需求",
                    ["老年活动室", "儿童阅读角", "亲子活动区", "健身设施", "停车位", "便民维修"], ["Elders' room", "Children's reading corner", "Parent-child area", "Fitness equipment", "Parking", "Repairs"],
                    Required: true, AllowOther: true),
                new("free_time", QuestionType.Single, "您通常什么时间有空参加社区活动？", "When are you usually free for community activities?", "需求",
                    ["工作日白天", "工作日晚上", "周末白天", "周末晚上"], ["Weekday daytime", "Weekday evening", "Weekend daytime", "Weekend evening"]),
                new("volunteer", QuestionType.Single, "您愿意加入社区志愿服务吗？", "Would you volunteer in the community?", "参与", ["愿意", "看情况", "不愿意"], ["Yes", "Maybe", "No"]),
                new("satisfaction", QuestionType.Scale, "您对社区目前的服务满意吗？（1 很不满意，5 很满意）", "How satisfied are you with the community's services? (1–5)", "参与", Required: true),
                new("suggestion", QuestionType.LongText, "您对社区还有什么建议？", "Anything else you would suggest?", "参与"),
            ]),
        new("activity-satisfaction", "活动满意度评价", "Activity satisfaction form",
            "感谢参加本次活动，请留下您的评价，帮助我们把下一次办得更好。", SurveyOncePer.Person,
            [
                new("overall", QuestionType.Scale, "总体满意度（1–5）", "Overall satisfaction (1–5)", Required: true),
                new("aspects", QuestionType.Matrix, "请为以下方面打分（1–5）", "Rate each aspect (1–5)", Rows: ["活动内容", "时间安排", "场地", "工作人员"]),
                new("again", QuestionType.Single, "下次还会参加类似活动吗？", "Would you come to a similar activity again?", null, ["会", "不一定", "不会"], ["Yes", "Not sure", "No"], Required: true),
                new("comment", QuestionType.Text, "一句话建议", "One suggestion"),
            ]),
    ];

    public static Template? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
