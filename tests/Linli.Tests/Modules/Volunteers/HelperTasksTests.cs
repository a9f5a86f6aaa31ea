using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Volunteers;

/// <summary>Tasks at an activity matched to what each volunteer can do (seed 002 case 5), and the sensitive ability note they are matched against.</summary>
public sealed class HelperTasksTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static async Task<int> TaskAsync(HttpClient staff, int activity, string name, int people, string[]? demands = null) =>
        (await (await staff.PostAsJsonAsync("/api/v1/helper-tasks", new { activityId = activity, name, people, demands }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static Task<HttpResponseMessage> AssignAsync(HttpClient staff, int task, int volunteer, string? reason = null) =>
        staff.PostAsJsonAsync($"/api/v1/helper-tasks/{task}/assignments", new { volunteerId = volunteer, reason });

    private static async Task<JsonElement> BoardAsync(HttpClient staff, int activity) =>
        await (await staff.GetAsync($"/api/v1/helper-tasks?activityId={activity}")).ReadJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task A_task_that_asks_what_a_volunteer_should_not_be_asked_is_refused_without_a_reason_and_the_fitting_one_signs_them_up_to_help()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var zhou = await AVolunteerAsync(staff, tree.UnitA, "周文华");
        var zhao = await AVolunteerAsync(staff, tree.UnitA, "赵志强");
        var note = await (await staff.PutAsJsonAsync($"/api/v1/volunteers/{zhou}/ability", new { limits = new[] { "Standing", "Lifting" }, note = "拄拐行走，善于讲解" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Standing", "Lifting"], note.GetProperty("limits").EnumerateArray().Select(l => l.GetString()!).ToArray());
        var activity = await AnActivity("国际残疾人日·助残宣传").CreateAsync(staff, tree.CommunityA);

        // A common task's name brings what it asks; another asks what staff tick.
        var carrying = await TaskAsync(staff, activity, "物资搬运", 1);
        var story = await TaskAsync(staff, activity, "讲自己的故事", 1, ["Speaking"]);
        var board = await BoardAsync(staff, activity);
        Assert.Equal(["Standing", "Lifting"], board.GetProperty("tasks")[0].GetProperty("demands").EnumerateArray().Select(d => d.GetString()!).ToArray());
        var candidate = (int id) => board.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("volunteerId").GetInt32() == id);
        Assert.Equal([story], candidate(zhou).GetProperty("fitTaskIds").EnumerateArray().Select(t => t.GetInt32()).ToArray());
        Assert.Equal([carrying, story], candidate(zhao).GetProperty("fitTaskIds").EnumerateArray().Select(t => t.GetInt32()).ToArray());

        var refused = await (await AssignAsync(staff, carrying, zhou)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这项任务需要久站或长距离行走、搬运重物，与这位志愿者登记的身体条件不符；如本人愿意承担，请填写说明后再安排。",
            refused.GetProperty("errors").GetProperty("volunteerId")[0].GetString());

        var given = await (await AssignAsync(staff, story, zhou)).ReadJsonAsync(HttpStatusCode.Created);
        Assert.True(given.GetProperty("fits").GetBoolean());
        Assert.True(given.GetProperty("signedUp").GetBoolean());
        var view = await (await staff.GetAsync($"/api/v1/activities/{activity}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("helperCount").GetInt32());

        // One task a volunteer at an activity; a task with its people is full.
        Assert.Equal(HttpStatusCode.Conflict, (await AssignAsync(staff, carrying, zhou, "本人愿意")).StatusCode);
        await (await AssignAsync(staff, carrying, zhao)).ReadJsonAsync(HttpStatusCode.Created);
        var other = await AVolunteerAsync(staff, tree.UnitA, "孙丽");
        var full = await (await AssignAsync(staff, carrying, other)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("这项任务的人数已满。", full.GetProperty("detail").GetString());

        board = await BoardAsync(staff, activity);
        Assert.Equal("周文华", board.GetProperty("tasks")[1].GetProperty("assigned")[0].GetProperty("name").GetString());
        Assert.True(candidate(zhou).GetProperty("helper").GetBoolean());
        Assert.Equal(story, candidate(zhou).GetProperty("taskId").GetInt32());
    }

    [Fact]
    public async Task With_a_reason_the_task_is_given_and_stays_marked_as_not_fitting()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var volunteer = await AVolunteerAsync(staff, tree.UnitA, "钱晓梅");
        await (await staff.PutAsJsonAsync($"/api/v1/volunteers/{volunteer}/ability", new { limits = new[] { "Hearing" } })).ReadJsonAsync(HttpStatusCode.OK);
        var activity = await AnActivity().CreateAsync(staff, tree.CommunityA);
        var signIn = await TaskAsync(staff, activity, "签到引导", 2);

        var given = await (await AssignAsync(staff, signIn, volunteer, "本人希望参与，由社工陪同")).ReadJsonAsync(HttpStatusCode.Created);
        Assert.False(given.GetProperty("fits").GetBoolean());
        var assigned = (await BoardAsync(staff, activity)).GetProperty("tasks")[0].GetProperty("assigned")[0];
        Assert.False(assigned.GetProperty("fits").GetBoolean());
        Assert.Equal("本人希望参与，由社工陪同", assigned.GetProperty("reason").GetString());

        // Taken back: the task has room again.
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/helper-tasks/{signIn}/assignments/{volunteer}")).StatusCode);
        Assert.Equal(0, (await BoardAsync(staff, activity)).GetProperty("tasks")[0].GetProperty("assigned").GetArrayLength());
    }

    [Fact]
    public async Task The_ability_note_is_encrypted_at_rest_its_reads_are_recorded_and_a_street_officer_cannot_open_it()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var volunteer = await AVolunteerAsync(staff, tree.UnitA, "李秀珍");
        await (await staff.PutAsJsonAsync($"/api/v1/volunteers/{volunteer}/ability", new { limits = new[] { "Sight" }, note = "低视力，喜欢和人聊天" }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var stored = await factory.WithDbAsync(db => db.Database.SqlQuery<string>(
            $"SELECT \"Limits\" || ' ' || \"Note\" AS \"Value\" FROM volunteers_abilities WHERE \"VolunteerId\" = {volunteer}").SingleAsync());
        Assert.DoesNotContain("Sight", stored);
        Assert.DoesNotContain("低视力", stored);

        var read = await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/ability")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("低视力，喜欢和人聊天", read.GetProperty("note").GetString());
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccessRecords.CountAsync(a => a.SubjectType == "Volunteer" && a.SubjectId == volunteer.ToString())));
        // The board reads every note of the community to say who fits: one recorded read of the activity's.
        var activity = await AnActivity().CreateAsync(staff, tree.CommunityA);
        await BoardAsync(staff, activity);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccessRecords.CountAsync(a => a.SubjectType == "Activity" && a.SubjectId == activity.ToString())));

        var admin = await factory.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, $"street{tag}", "StreetOfficer", tree.Street);
        var street = await factory.ClientForAsync($"street{tag}", TestTree.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await street.GetAsync($"/api/v1/volunteers/{volunteer}/ability")).StatusCode);

        var bad = await (await staff.PutAsJsonAsync($"/api/v1/volunteers/{volunteer}/ability", new { limits = new[] { "Sight", "Flying", "1" } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["limits[1]", "limits[2]"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order().ToArray());
    }

    [Fact]
    public async Task Another_communitys_volunteer_is_refused_and_a_second_task_of_the_same_name_conflicts()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var elsewhere = await AVolunteerAsync(staffB, tree.UnitB, "乙社区志愿者");
        var activity = await AnActivity().CreateAsync(staffA, tree.CommunityA);
        var task = await TaskAsync(staffA, activity, "摄影记录", 1);
        var refused = await (await AssignAsync(staffA, task, elsewhere)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请选择本社区登记的志愿者。", refused.GetProperty("errors").GetProperty("volunteerId")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await staffA.PostAsJsonAsync("/api/v1/helper-tasks", new { activityId = activity, name = "摄影记录", people = 2 })).StatusCode);
        var bad = await (await staffA.PostAsJsonAsync("/api/v1/helper-tasks", new { activityId = activity, name = "", people = 0, demands = new[] { "Walking" } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["demands[0]", "name", "people"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(HttpStatusCode.NotFound, (await staffB.GetAsync($"/api/v1/helper-tasks?activityId={activity}")).StatusCode);
    }
}
