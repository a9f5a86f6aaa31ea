using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Activities;

/// <summary>Activity templates: a birthday party's steps, materials and roles reused when creating an activity, each activity keeping its own plan.</summary>
public sealed class TemplatesTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static object BirthdayParty(int community, string firstStep = "意义宣讲") => new
    {
        communityId = community, name = "集体生日会", category = "邻里互动", description = "为本月过生日的老人集体庆生", capacity = 30,
        steps = new[] { new { title = firstStep, minutes = 10 }, new { title = "破冰", minutes = 15 }, new { title = "互动", minutes = 40 }, new { title = "再熟悉", minutes = 25 } },
        materials = new[] { new { item = "生日蛋糕", quantity = "2个" }, new { item = "生日帽", quantity = "每人一顶" } },
        roles = new[] { new { role = "主持", people = 1 }, new { role = "志愿者", people = 4 } },
    };

    [Fact]
    public async Task An_activity_made_from_a_template_takes_its_fields_and_keeps_its_own_run_sheet()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var template = (await (await staff.PostAsJsonAsync("/api/v1/activities/templates", BirthdayParty(tree.CommunityA))).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var view = await (await staff.GetAsync($"/api/v1/activities/templates/{template}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(90, view.GetProperty("minutes").GetInt32());
        Assert.Equal(["意义宣讲", "破冰", "互动", "再熟悉"], view.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToArray());

        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd");
        var activity = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, templateId = template, startsAt = $"{day}T14:00:00", status = "Published" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("集体生日会", activity.GetProperty("title").GetString());
        Assert.Equal(30, activity.GetProperty("capacity").GetInt32());
        Assert.Equal("邻里互动", activity.GetProperty("category").GetString());
        Assert.Equal($"{day}T15:30:00+08:00", activity.GetProperty("endsAt").GetString());
        var id = activity.GetProperty("id").GetInt32();

        // The template is rewritten afterwards: the activity already planned keeps its plan.
        await (await staff.PutAsJsonAsync($"/api/v1/activities/templates/{template}", BirthdayParty(tree.CommunityA, "唱生日歌"))).ReadJsonAsync(HttpStatusCode.OK);
        var plan = await (await staff.GetAsync($"/api/v1/activities/{id}/plan")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(template, plan.GetProperty("templateId").GetInt32());
        Assert.Equal([("意义宣讲", "14:00"), ("破冰", "14:10"), ("互动", "14:25"), ("再熟悉", "15:05")],
            plan.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("title").GetString()!, s.GetProperty("startsAt").GetDateTimeOffset().ToString("HH:mm"))).ToArray());
        Assert.Equal(["生日蛋糕 2个", "生日帽 每人一顶"], plan.GetProperty("materials").EnumerateArray()
            .Select(m => $"{m.GetProperty("item").GetString()} {m.GetProperty("quantity").GetString()}").ToArray());
        Assert.Equal(5, plan.GetProperty("roles").EnumerateArray().Sum(r => r.GetProperty("people").GetInt32()));

        // A title given wins over the template's; the list counts uses.
        var second = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, templateId = template, title = "十二月集体生日会", startsAt = $"{day}T09:00:00" }))
            .ReadJsonAsync(HttpStatusCode.Created);
        Assert.Equal("十二月集体生日会", second.GetProperty("title").GetString());
        var line = (await (await staff.GetAsync($"/api/v1/activities/templates?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK))[0];
        Assert.Equal(2, line.GetProperty("used").GetInt32());
        Assert.Equal(4, line.GetProperty("steps").GetInt32());
        var secondPlan = await (await staff.GetAsync($"/api/v1/activities/{second.GetProperty("id").GetInt32()}/plan")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("唱生日歌", secondPlan.GetProperty("steps")[0].GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/activities/templates/{template}/archive", null)).StatusCode);
        await (await staff.PostAsync($"/api/v1/activities/templates/{template}/archive", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        var archived = await (await staff.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityA, templateId = template, startsAt = $"{day}T10:00:00" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(archived.GetProperty("errors").TryGetProperty("templateId", out _));
        Assert.Empty((await (await staff.GetAsync($"/api/v1/activities/templates?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
    }

    [Fact]
    public async Task A_template_names_each_bad_line_and_stays_in_its_community()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var bad = await (await staff.PostAsJsonAsync("/api/v1/activities/templates", new
        {
            communityId = tree.CommunityA, name = "", capacity = 20,
            steps = new[] { new { title = "破冰", minutes = 15 }, new { title = "互动", minutes = 0 } },
            roles = new[] { new { role = "", people = 2 } },
        })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["name", "roles[0].role", "steps[1].minutes"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());

        var template = (await (await staff.PostAsJsonAsync("/api/v1/activities/templates", BirthdayParty(tree.CommunityA))).ReadJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/api/v1/activities/templates/{template}")).StatusCode);
        var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(7).ToString("yyyy-MM-dd");
        var elsewhere = await (await staffB.PostAsJsonAsync("/api/v1/activities", new { communityId = tree.CommunityB, templateId = template, startsAt = $"{day}T14:00:00" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(elsewhere.GetProperty("errors").TryGetProperty("templateId", out _));
    }
}
