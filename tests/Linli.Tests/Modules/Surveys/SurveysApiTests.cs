using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Surveys;

/// <summary>The survey contract: build, open, answer on every channel, and read exact results.</summary>
public sealed class SurveysApiTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static object[] Questions =>
    [
        new { key = "agree", type = "Single", text = "您支持加装电梯吗？", options = new[] { "支持", "反对" }, required = true },
        new { key = "needs", type = "Multiple", text = "最需要的服务", options = new[] { "助餐", "义诊", "阅读角" }, maxChoices = 2 },
        new { key = "score", type = "Scale", text = "满意度", required = false },
        new { key = "people", type = "Number", text = "常住人口", min = 1, max = 20 },
        new { key = "say", type = "Text", text = "建议" },
    ];

    private static async Task<int> CreateAsync(HttpClient staff, int community, int? target, object[]? questions = null, object? extra = null)
    {
        var body = JsonSerializer.SerializeToElement(new { communityId = community, title = "加装电梯意愿调查", targetCount = target, questions = questions ?? Questions });
        var merged = extra is null ? body : Merge(body, JsonSerializer.SerializeToElement(extra));
        return (await (await staff.PostAsJsonAsync("/api/v1/surveys", merged)).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }

    private static JsonElement Merge(JsonElement a, JsonElement b)
    {
        var all = a.EnumerateObject().Concat(b.EnumerateObject()).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last().Value);
        return JsonSerializer.SerializeToElement(all);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, int survey, object answers, string channel = "Online", object? more = null) =>
        client.PostAsJsonAsync($"/api/v1/surveys/{survey}/responses", more is null
            ? JsonSerializer.SerializeToElement(new { channel, answers })
            : Merge(JsonSerializer.SerializeToElement(new { channel, answers }), JsonSerializer.SerializeToElement(more)));

    [Fact]
    public async Task Results_count_each_option_among_the_question_s_respondents_and_round_once()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var survey = await CreateAsync(staff, tree.CommunityA, 120);
        var closed = await (await AnswerAsync(staff, survey, new { agree = "支持" })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await staff.PostAsync($"/api/v1/surveys/{survey}/open", null)).StatusCode);

        // 119 of a target of 120 came back: 118 for, 1 against; 3 of them also said which services (two at most).
        var sends = Enumerable.Range(0, 119).Select(i => i == 0
            ? AnswerAsync(staff, survey, new { agree = "反对", score = 2 }, "Paper")
            : i <= 3 ? AnswerAsync(staff, survey, new { agree = "支持", needs = i == 1 ? new[] { "助餐", "义诊" } : new[] { "助餐" }, score = 5, people = i, say = "快装" }, "Visit")
            : AnswerAsync(staff, survey, new { agree = "支持" }));
        foreach (var batch in sends.Chunk(8))
            foreach (var response in await Task.WhenAll(batch)) await response.ReadJsonAsync(HttpStatusCode.Created);

        var results = await (await staff.GetAsync($"/api/v1/surveys/{survey}/results")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(120, results.GetProperty("targetCount").GetInt32());
        Assert.Equal(119, results.GetProperty("responseCount").GetInt32());
        Assert.Equal(99.17m, results.GetProperty("responseRate").GetDecimal());
        var questions = results.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("key").GetString()!);
        var agree = questions["agree"].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("text").GetString()!);
        Assert.Equal(118, agree["支持"].GetProperty("count").GetInt32());
        Assert.Equal(99.16m, agree["支持"].GetProperty("percent").GetDecimal());
        Assert.Equal(0.84m, agree["反对"].GetProperty("percent").GetDecimal());
        var needs = questions["needs"];
        Assert.Equal(3, needs.GetProperty("respondents").GetInt32());
        var needOptions = needs.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("text").GetString()!);
        Assert.Equal(100m, needOptions["助餐"].GetProperty("percent").GetDecimal());
        Assert.Equal(33.33m, needOptions["义诊"].GetProperty("percent").GetDecimal());
        Assert.Equal(0, needOptions["阅读角"].GetProperty("count").GetInt32());
        // (2 + 5 + 5 + 5) / 4 = 4.25
        Assert.Equal(4.25m, questions["score"].GetProperty("average").GetDecimal());
        Assert.Equal(2m, questions["people"].GetProperty("average").GetDecimal());
    }

    [Fact]
    public async Task An_answer_that_breaks_a_rule_is_refused_naming_the_question_and_nothing_is_kept()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var survey = await CreateAsync(staff, tree.CommunityA, null);
        await staff.PostAsync($"/api/v1/surveys/{survey}/open", null);

        async Task RefusedAsync(object answers, params string[] keys)
        {
            var problem = await (await AnswerAsync(staff, survey, answers)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
            var named = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
            Assert.Equal(keys.Order().ToList(), named);
        }
        await RefusedAsync(new { agree = "也许" }, "agree");
        await RefusedAsync(new { needs = new[] { "助餐" } }, "agree");
        await RefusedAsync(new { agree = "支持", needs = new[] { "助餐", "义诊", "阅读角" } }, "needs");
        await RefusedAsync(new { agree = "支持", score = 6, people = 0 }, "score", "people");
        await RefusedAsync(new { agree = "支持", nonsense = "x" }, "nonsense");
        await RefusedAsync(new { agree = new[] { "支持", "反对" } }, "agree");

        var results = await (await staff.GetAsync($"/api/v1/surveys/{survey}/results")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, results.GetProperty("responseCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, results.GetProperty("responseRate").ValueKind);

        // Questions are frozen once responses may arrive.
        var edit = await (await staff.PutAsJsonAsync($"/api/v1/surveys/{survey}", new { title = "改题", questions = Questions })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.NotNull(edit.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_survey_s_questions_are_checked_as_a_whole()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var problem = await (await staff.PostAsJsonAsync("/api/v1/surveys", new
        {
            communityId = tree.CommunityA, title = "", targetCount = -3,
            questions = new object[]
            {
                new { key = "a", type = "Single", text = "只有一个选项", options = new[] { "是" } },
                new { key = "a", type = "Text", text = "重复编号" },
                new { key = "c", type = "Text", text = "跳到文字题", showIf = new { key = "b", anyOf = new[] { "是" } } },
            },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        var named = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "title", "targetCount", "questions[0].options", "questions[1].key", "questions[2].showIf.key" }, named);
    }

    [Fact]
    public async Task Skip_logic_other_matrix_and_dates_follow_the_form()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        object[] questions =
        [
            new { key = "elders", type = "Single", text = "家中有老人吗？", options = new[] { "有", "没有" }, required = true },
            new { key = "care", type = "Multiple", text = "老人需要什么？", options = new[] { "助餐", "探访" }, allowOther = true, required = true, showIf = new { key = "elders", anyOf = new[] { "有" } } },
            new { key = "rate", type = "Matrix", text = "打分", rows = new[] { "场地", "时间" } },
            new { key = "since", type = "Date", text = "入住日期" },
        ];
        var survey = await CreateAsync(staff, tree.CommunityA, null, questions);
        await staff.PostAsync($"/api/v1/surveys/{survey}/open", null);

        var missing = await (await AnswerAsync(staff, survey, new { elders = "有" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(missing.GetProperty("errors").TryGetProperty("care", out _));
        var hidden = await (await AnswerAsync(staff, survey, new { elders = "没有", care = new[] { "助餐" } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(hidden.GetProperty("errors").TryGetProperty("care", out _));
        var badDate = await (await AnswerAsync(staff, survey, new { elders = "没有", since = "2026/1/1" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(badDate.GetProperty("errors").TryGetProperty("since", out _));

        await (await AnswerAsync(staff, survey, new { elders = "没有", rate = new Dictionary<string, int> { ["场地"] = 4, ["时间"] = 2 }, since = "2019-05-01" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await AnswerAsync(staff, survey, new Dictionary<string, object> { ["elders"] = "有", ["care"] = new object[] { "助餐", new { other = "理发" } },
            ["rate"] = new Dictionary<string, int> { ["场地"] = 5 } })).ReadJsonAsync(HttpStatusCode.Created);

        var results = await (await staff.GetAsync($"/api/v1/surveys/{survey}/results")).ReadJsonAsync(HttpStatusCode.OK);
        var byKey = results.GetProperty("questions").EnumerateArray().ToDictionary(q => q.GetProperty("key").GetString()!);
        var care = byKey["care"].GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("text").GetString()!, o => o.GetProperty("count").GetInt32());
        Assert.Equal(1, care["其他"]);
        Assert.Equal(1, care["助餐"]);
        var rows = byKey["rate"].GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("text").GetString()!);
        Assert.Equal(4.5m, rows["场地"].GetProperty("average").GetDecimal());
        Assert.Equal(1, rows["时间"].GetProperty("respondents").GetInt32());

        var other = await (await staff.GetAsync($"/api/v1/surveys/{survey}/open-answers/care")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("理发", Assert.Single(other.EnumerateArray()).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_scale_may_name_its_points_and_be_answered_by_point_or_name()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        object[] questions = [new { key = "feel", type = "Scale", text = "您对社区服务满意吗？", options = new[] { "很不满意", "不满意", "一般", "满意", "很满意" }, required = true }];
        var survey = await CreateAsync(staff, tree.CommunityA, null, questions);
        await staff.PostAsync($"/api/v1/surveys/{survey}/open", null);
        await (await AnswerAsync(staff, survey, new { feel = 4 })).ReadJsonAsync(HttpStatusCode.Created);
        await (await AnswerAsync(staff, survey, new { feel = "很满意" })).ReadJsonAsync(HttpStatusCode.Created);
        var wrong = await (await AnswerAsync(staff, survey, new { feel = 6 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(wrong.GetProperty("errors").TryGetProperty("feel", out _));

        var feel = (await (await staff.GetAsync($"/api/v1/surveys/{survey}/results")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("questions")[0];
        var options = feel.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("text").GetString()!, o => o.GetProperty("percent").GetDecimal());
        Assert.Equal(50m, options["满意"]);
        Assert.Equal(50m, options["很满意"]);
        Assert.Equal(0m, options["一般"]);
        Assert.Equal(4.5m, feel.GetProperty("average").GetDecimal());

        var mismatched = await (await staff.PostAsJsonAsync("/api/v1/surveys", new { communityId = tree.CommunityA, title = "量表",
            questions = new object[] { new { key = "s", type = "Scale", text = "打分", options = new[] { "差", "好" }, min = 1, max = 5 } } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(mismatched.GetProperty("errors").TryGetProperty("questions[0].options", out _));
    }
}
