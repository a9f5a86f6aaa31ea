using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Deliberation;

/// <summary>先收集问题，后集中回应 (seed 002 case 3): residents ask and support from their phones, staff merge and answer.</summary>
public sealed class QuestionsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private const string ResidentPassword = "Resident-pass-2026";

    private async Task<HttpClient> ResidentAsync(HttpClient staff, int unit, string name)
    {
        var id = await AResident(name).CreateAsync(staff, unit);
        var userName = $"r{Guid.NewGuid():N}"[..12];
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/residents/{id}/account", new { userName, password = ResidentPassword })).StatusCode);
        return await factory.ClientForAsync(userName, ResidentPassword);
    }

    private static async Task<int> MeetingAsync(HttpClient staff, int community, string kind = "OwnersForum") =>
        (await (await staff.PostAsJsonAsync("/api/v1/deliberation/meetings",
            new { communityId = community, kind, title = "业主大讲堂：维修资金", startsAt = "2026-12-20T19:00:00", place = "业主活动室" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<int> AskAsync(HttpClient client, int meeting, string text, string kind = "Question") =>
        (await (await client.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/questions", new { text, kind })).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();

    private static async Task<List<(int Id, int Supports)>> QuestionsAsync(HttpClient client, int meeting) =>
        [.. (await (await client.GetAsync($"/api/v1/deliberation/meetings/{meeting}/questions")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(q => (q.GetProperty("id").GetInt32(), q.GetProperty("supports").GetInt32()))];

    [Fact]
    public async Task Residents_ask_and_support_once_each_and_the_list_puts_the_most_supported_first()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var meeting = await MeetingAsync(staff, tree.CommunityA);
        var owner = await ResidentAsync(staff, tree.UnitA, "孙秀兰");
        var neighbour = await ResidentAsync(staff, tree.UnitA, "钱国强");

        var who = await AskAsync(owner, meeting, "到底是谁在负责使用住宅专项维修资金？");
        var wall = await AskAsync(neighbour, meeting, "外墙补疤能不能统一颜色？", "Suggestion");
        var slip = await AskAsync(staff, meeting, "维修资金余额还剩多少？");

        Assert.Equal(HttpStatusCode.Created, (await neighbour.PostAsync($"/api/v1/deliberation/questions/{who}/support", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"/api/v1/deliberation/questions/{who}/support", null)).StatusCode);
        var again = await (await owner.PostAsync($"/api/v1/deliberation/questions/{who}/support", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("您已经支持过这个问题了。", again.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await owner.PostAsync($"/api/v1/deliberation/questions/{slip}/support", null)).StatusCode);

        Assert.Equal([(who, 2), (slip, 1), (wall, 0)], await QuestionsAsync(owner, meeting));
        var listed = (await (await owner.GetAsync($"/api/v1/deliberation/meetings/{meeting}/questions")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["Question", "Question", "Suggestion"], listed.Select(q => q.GetProperty("kind").GetString()));
        Assert.Equal([true, true, false], listed.Select(q => q.GetProperty("supported").GetBoolean()));
        Assert.DoesNotContain("residentId", listed[0].GetRawText());

        // Staff count the hands raised on site: they add to the question's support.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/deliberation/questions/{wall}/hands", new { hands = 5 })).StatusCode);
        Assert.Equal([(wall, 5), (who, 2), (slip, 1)], await QuestionsAsync(staff, meeting));
    }

    [Fact]
    public async Task Another_communitys_meeting_and_questions_are_not_found_for_a_resident_and_nothing_is_written()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var meetingB = await MeetingAsync(staffB, tree.CommunityB);
        var questionB = await AskAsync(staffB, meetingB, "乙社区的问题");
        var residentA = await ResidentAsync(staffA, tree.UnitA, "甲居民");

        Assert.Equal(HttpStatusCode.NotFound, (await residentA.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meetingB}/questions", new { text = "越界", kind = "Question" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await residentA.PostAsync($"/api/v1/deliberation/questions/{questionB}/support", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await residentA.GetAsync($"/api/v1/deliberation/meetings/{meetingB}/questions")).StatusCode);
        Assert.Equal([(questionB, 0)], await QuestionsAsync(staffB, meetingB));
    }

    [Fact]
    public async Task Bad_questions_get_field_messages_and_a_meeting_that_stopped_collecting_refuses_residents()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var meeting = await MeetingAsync(staff, tree.CommunityA);
        var resident = await ResidentAsync(staff, tree.UnitA, "周建华");

        var blank = await (await resident.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/questions", new { text = " " }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(("此项必填。", "此项必填。"), (blank.GetProperty("errors").GetProperty("text")[0].GetString(), blank.GetProperty("errors").GetProperty("kind")[0].GetString()));

        var asked = await AskAsync(staff, meeting, "会后还收吗？");
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/collecting", new { collecting = false })).StatusCode);
        var closed = await (await resident.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/questions", new { text = "还能提吗", kind = "Question" }))
            .ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这次会议目前不收集问题。", closed.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await resident.PostAsync($"/api/v1/deliberation/questions/{asked}/support", null)).StatusCode);
        Assert.Equal([(asked, 0)], await QuestionsAsync(staff, meeting));
    }

    [Fact]
    public async Task Merged_questions_make_a_topic_ranked_by_distinct_supporters_and_hands_and_its_answer_reaches_residents()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var meeting = await MeetingAsync(staff, tree.CommunityA);
        var owner = await ResidentAsync(staff, tree.UnitA, "吴丽华");
        var first = await AskAsync(owner, meeting, "谁在负责使用维修资金？");
        var second = await AskAsync(staff, meeting, "维修资金由谁申请？");
        var other = await AskAsync(staff, meeting, "外墙补疤太难看");
        // One resident supporting both merged questions counts once for the topic.
        await owner.PostAsync($"/api/v1/deliberation/questions/{first}/support", null);
        await owner.PostAsync($"/api/v1/deliberation/questions/{second}/support", null);
        await staff.PutAsJsonAsync($"/api/v1/deliberation/questions/{second}/hands", new { hands = 2 });
        await staff.PutAsJsonAsync($"/api/v1/deliberation/questions/{other}/hands", new { hands = 4 });

        var who = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/topics", new { title = "谁在负责使用住宅专项维修资金", questionIds = new[] { first, second } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal(3, who.GetProperty("attention").GetInt32());
        var wall = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/topics", new { title = "外墙补疤", questionIds = new[] { other } }))
            .ReadJsonAsync(HttpStatusCode.Created);
        var foreign = await (await staff.PostAsJsonAsync($"/api/v1/deliberation/meetings/{await MeetingAsync(staff, tree.CommunityA)}/topics",
            new { title = "借别的会的问题", questionIds = new[] { first } })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("所选问题不属于这次会议。", foreign.GetProperty("errors").GetProperty("questionIds")[0].GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/deliberation/topics/{who.GetProperty("id").GetInt32()}/answer",
            new { answer = "业委会代表全体业主申请，物业实施，社区监督。", answeredBy = "业委会、环物委", followUp = true })).StatusCode);
        var topics = (await (await owner.GetAsync($"/api/v1/deliberation/meetings/{meeting}/topics")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal([(wall.GetProperty("id").GetInt32(), 4, 1), (who.GetProperty("id").GetInt32(), 3, 2)],
            topics.Select(t => (t.GetProperty("id").GetInt32(), t.GetProperty("attention").GetInt32(), t.GetProperty("rank").GetInt32())));
        Assert.Equal(("FollowUp", "业委会、环物委"), (topics[1].GetProperty("status").GetString(), topics[1].GetProperty("answeredBy").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync($"/api/v1/deliberation/meetings/{meeting}/topics", new { title = "居民不能合并", questionIds = new[] { first } })).StatusCode);
    }
}
