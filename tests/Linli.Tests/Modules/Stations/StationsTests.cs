using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;

namespace Linli.Tests.Modules.Stations;

/// <summary>
/// Seed 001's ladder: a supervisor, a social worker and an assistant; trainings attended and a group supervision
/// recorded; each worker's hours summed from those records, for a period too.
/// </summary>
public sealed class StationsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Today = DateTime.UtcNow.AddHours(8).Date;

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_ladders_hours_come_from_the_trainings_attended_and_the_supervision_recorded()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        async Task<int> StaffAsync(string name, string qualification, string? certificateNumber) =>
            (await (await staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name, qualification, certificateNumber }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var supervisor = await StaffAsync("王督导", "Senior", "GJ2015-0031");
        var worker = await StaffAsync("李社工", "SocialWorker", "ZJ2019-1187");
        var assistant = await StaffAsync("赵助理", "Assistant", "ZL2021-0456");
        var uncertified = await (await staff.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "钱大姐", qualification = "None",
            certificateNumber = "X1" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("没有资格等级时不填证书编号。", uncertified.GetProperty("errors").GetProperty("certificateNumber")[0].GetString());

        async Task<int> TrainingAsync(string title, object hours, int day) =>
            (await (await staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title, hours, on = Day(day), audience = "Staff" }))
                .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var skills = await TrainingAsync("服务技能：入户沟通", 3, -10);
        var stress = await TrainingAsync("心理减压", "1.5", -3);
        var zero = await (await staff.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title = "空", hours = 0, on = Day(0), audience = "Staff" }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("请填写大于 0、不超过 200 的小时数（最多两位小数）。", zero.GetProperty("errors").GetProperty("hours")[0].GetString());

        await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{skills}/attendance", new { staffIds = new[] { worker, assistant } })).ReadJsonAsync(HttpStatusCode.OK);
        var again = await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{skills}/attendance", new { staffIds = new[] { worker } })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["李社工", "赵助理"], again.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{stress}/attendance", new { staffIds = new[] { worker } })).ReadJsonAsync(HttpStatusCode.OK);
        var planned = await TrainingAsync("项目化运作管理", 2, 5);
        var early = await (await staff.PostAsJsonAsync($"/api/v1/stations/trainings/{planned}/attendance", new { staffIds = new[] { worker } })).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("培训尚未举行，举行后再登记出勤。", early.GetProperty("detail").GetString());

        object Session(object kind, int[] participantIds, int day = -2) => new { supervisorId = supervisor, participantIds, on = Day(day), hours = 2, kind, topics = "个案复盘" };
        var individualOfTwo = await (await staff.PostAsJsonAsync("/api/v1/stations/supervision", Session("Individual", [worker, assistant])))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("个别督导只有一位受督导者。", individualOfTwo.GetProperty("errors").GetProperty("participantIds")[0].GetString());
        var self = await (await staff.PostAsJsonAsync("/api/v1/stations/supervision", Session("Group", [worker, supervisor]))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("督导者不能同时是受督导者。", self.GetProperty("errors").GetProperty("participantIds[1]")[0].GetString());
        var future = await (await staff.PostAsJsonAsync("/api/v1/stations/supervision", Session("Group", [worker], 1))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期不能晚于今天。", future.GetProperty("errors").GetProperty("on")[0].GetString());
        await (await staff.PostAsJsonAsync("/api/v1/stations/supervision", Session("Group", [worker, assistant]))).ReadJsonAsync(HttpStatusCode.Created);

        async Task<(decimal Training, decimal Supervision, decimal Supervising)> HoursAsync(int id, string query = "")
        {
            var page = await (await staff.GetAsync($"/api/v1/stations/staff/{id}{query}")).ReadJsonAsync(HttpStatusCode.OK);
            return (page.GetProperty("trainingHours").GetDecimal(), page.GetProperty("supervisionHours").GetDecimal(), page.GetProperty("supervisingHours").GetDecimal());
        }
        Assert.Equal((4.5m, 2m, 0m), await HoursAsync(worker));
        Assert.Equal((3m, 2m, 0m), await HoursAsync(assistant));
        Assert.Equal((0m, 0m, 2m), await HoursAsync(supervisor));
        Assert.Equal((1.5m, 2m, 0m), await HoursAsync(worker, $"?from={Day(-5)}&to={Day(0)}"));
    }

    [Fact]
    public async Task Another_communitys_workers_are_neither_trained_nor_supervised_here()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staffA = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var staffB = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        var a = (await (await staffA.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityA, name = "甲社工", qualification = "SocialWorker" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var b = (await (await staffB.PostAsJsonAsync("/api/v1/stations/staff", new { communityId = tree.CommunityB, name = "乙社工", qualification = "Assistant" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var training = (await (await staffA.PostAsJsonAsync("/api/v1/stations/trainings", new { communityId = tree.CommunityA, title = "资源整合", hours = 2, on = Day(-1),
            audience = "Staff" })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var attended = await (await staffA.PostAsJsonAsync($"/api/v1/stations/trainings/{training}/attendance", new { staffIds = new[] { a, b } }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("本社区没有这位工作人员。", attended.GetProperty("errors").GetProperty("staffIds[1]")[0].GetString());
        var supervised = await (await staffA.PostAsJsonAsync("/api/v1/stations/supervision", new { supervisorId = a, participantIds = new[] { b }, on = Day(0), hours = 1,
            kind = "Individual" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("本社区没有这位工作人员。", supervised.GetProperty("errors").GetProperty("participantIds[0]")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await staffA.GetAsync($"/api/v1/stations/staff/{b}")).StatusCode);
        Assert.Equal(0m, (await (await staffA.GetAsync($"/api/v1/stations/staff/{a}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("trainingHours").GetDecimal());
        var seenByB = (await (await staffB.GetAsync("/api/v1/stations/staff")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(x => x.GetProperty("name").GetString());
        Assert.Equal(["乙社工"], seenByB);
    }
}
