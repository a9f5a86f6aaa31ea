using System.Net;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Care;

/// <summary>
/// Seed 002 case 1's Wednesday clinics: a record opened with separate consent, blood pressures recorded by a named
/// volunteer, the national thresholds flagging raised and urgent readings, the follow-up list, and a record that
/// only the community's staff and social workers read — each read recorded.
/// </summary>
public sealed class HealthTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    [Fact]
    public async Task Readings_are_flagged_by_the_national_thresholds_and_the_record_is_sealed_and_every_read_recorded()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var elder = await AResident("周文华").BornOn("1944-12-24").CreateAsync(staff, tree.UnitA);

        var refused = await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/measurements", new { systolic = 150, diastolic = 95, measuredBy = "志愿者 林阿姨" });
        Assert.Equal("尚未取得本人（或监护人）的单独同意，不能记录健康信息。", (await refused.ReadJsonAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/consent", new { by = "Resident" })).StatusCode);

        async Task<string[]> FlagsAsync(object reading) =>
            [.. (await (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/measurements", reading)).ReadJsonAsync(HttpStatusCode.Created))
                .GetProperty("flags").EnumerateArray().Select(f => f.GetString()!)];

        Assert.Empty(await FlagsAsync(new { systolic = 139, diastolic = 89, pulse = 72, fastingGlucose = 6.9, measuredBy = "志愿者 林阿姨" }));
        Assert.Equal(["BloodPressureRaised"], await FlagsAsync(new { systolic = 140, diastolic = 80, measuredBy = "志愿者 林阿姨" }));
        Assert.Equal(["BloodPressureRaised", "GlucoseRaised"], await FlagsAsync(new { systolic = 130, diastolic = 90, fastingGlucose = 7.0, measuredBy = "志愿者 林阿姨" }));
        Assert.Equal(["BloodPressureUrgent"], await FlagsAsync(new { systolic = 185, diastolic = 100, measuredBy = "志愿者 林阿姨" }));
        Assert.Equal(["BloodPressureUrgent", "GlucoseUrgent"], await FlagsAsync(new { systolic = 150, diastolic = 110, fastingGlucose = 16.7, measuredBy = "刘医生" }));
        Assert.Equal(["GlucoseUrgent"], await FlagsAsync(new { fastingGlucose = 3.9, measuredBy = "刘医生" }));

        var record = await (await staff.GetAsync($"/api/v1/care/health/{elder}")).ReadJsonAsync(HttpStatusCode.OK);
        var readings = record.GetProperty("measurements").EnumerateArray().ToList();
        Assert.Equal(6, readings.Count);
        Assert.Equal((139, 89, 72, "志愿者 林阿姨"), (readings[^1].GetProperty("systolic").GetInt32(), readings[^1].GetProperty("diastolic").GetInt32(),
            readings[^1].GetProperty("pulse").GetInt32(), readings[^1].GetProperty("measuredBy").GetString()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccessRecords.CountAsync(a => a.SubjectType == "HealthRecord" && a.SubjectId == elder.ToString())));
        var stored = await factory.WithDbAsync(db => db.Database.SqlQuery<string>(
            $"SELECT \"Values\" AS \"Value\" FROM care_measurements WHERE \"ResidentId\" = {elder} ORDER BY \"Id\" LIMIT 1").SingleAsync());
        Assert.StartsWith("enc:v1:", stored);
        Assert.DoesNotContain("139", stored);
    }

    [Fact]
    public async Task Impossible_readings_and_a_future_time_are_refused_and_nothing_is_written()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var elder = await AResident("何素珍").BornOn("1933-09-09").CreateAsync(staff, tree.UnitA);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/consent", new { by = "Resident" })).StatusCode);

        async Task<string> ErrorAsync(object reading, string field) =>
            (await (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/measurements", reading)).ReadJsonAsync(HttpStatusCode.UnprocessableEntity))
            .GetProperty("errors").GetProperty(field)[0].GetString()!;

        Assert.Equal("取值应在 50 到 300 之间。", await ErrorAsync(new { systolic = 400, diastolic = 20, measuredBy = "林阿姨" }, "systolic"));
        Assert.Equal("舒张压应低于收缩压，请核对。", await ErrorAsync(new { systolic = 90, diastolic = 120, measuredBy = "林阿姨" }, "diastolic"));
        Assert.Equal("取值应在 1.0 到 40 之间。", await ErrorAsync(new { fastingGlucose = 0, measuredBy = "林阿姨" }, "fastingGlucose"));
        Assert.Equal("日期不能晚于今天。", await ErrorAsync(new { systolic = 120, diastolic = 80, measuredBy = "林阿姨",
            measuredAt = DateTimeOffset.UtcNow.AddDays(1).ToString("O") }, "measuredAt"));
        Assert.Equal("此项必填。", await ErrorAsync(new { systolic = 120, diastolic = 80 }, "measuredBy"));
        Assert.Equal("请至少填写一项测量值。", await ErrorAsync(new { measuredBy = "林阿姨" }, "systolic"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Database.SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM care_measurements WHERE \"ResidentId\" = {elder}").SingleAsync()));
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{elder}/measurements",
            new { temperature = 36.6, selfMeasured = true })).StatusCode);
    }

    [Fact]
    public async Task A_child_needs_a_guardian_and_roles_without_health_access_are_refused()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var child = await AResident("小禾").BornOn(DateTime.UtcNow.AddYears(-8).ToString("yyyy-MM-dd")).CreateAsync(staff, tree.UnitA);
        var self = await (await staff.PostAsJsonAsync($"/api/v1/care/health/{child}/consent", new { by = "Resident" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("未满14周岁的儿童须由监护人同意。", self.GetProperty("errors").GetProperty("by")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{child}/consent", new { by = "Guardian" })).StatusCode);

        var admin = await factory.AdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await TestTree.CreateUserAsync(admin, $"street{tag}", "StreetOfficer", tree.Street);
        await TestTree.CreateUserAsync(admin, $"leader{tag}", "GroupLeader", tree.CommunityA);
        foreach (var user in new[] { $"street{tag}", $"leader{tag}" })
        {
            var client = await factory.ClientForAsync(user, TestTree.Password);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/care/health/{child}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/v1/care/health/{child}")).StatusCode);
        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/care/health/{child}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/care/health/{child}/measurements", new { temperature = 36.5, selfMeasured = true })).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AccessRecords.CountAsync(a => a.SubjectType == "HealthRecord" && a.SubjectId == child.ToString())));
    }

    [Fact]
    public async Task The_follow_up_list_puts_urgent_flags_first_then_raised_then_chronic_conditions_not_measured_and_a_follow_up_clears_a_flag()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var raised = await ConsentedAsync(staff, tree.UnitA, "王秀英");
        var urgent = await ConsentedAsync(staff, tree.UnitA, "周文华");
        var chronic = await ConsentedAsync(staff, tree.UnitA, "何素珍");
        var fine = await ConsentedAsync(staff, tree.UnitA, "张德明");
        await MeasureAsync(staff, raised, 150, 92);
        await MeasureAsync(staff, urgent, 184, 112);
        await MeasureAsync(staff, fine, 122, 76);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PutAsJsonAsync($"/api/v1/care/health/{chronic}/baseline",
            new { pastHistory = "糖尿病十年", chronicConditions = "2型糖尿病", medications = "二甲双胍" })).StatusCode);

        var list = (await (await staff.GetAsync($"/api/v1/care/health/followups?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(f => (f.GetProperty("residentId").GetInt32(), f.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(urgent, "Urgent"), (raised, "Raised"), (chronic, "ChronicNotMeasured")], list);

        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{urgent}/notes",
            new { kind = "FollowUp", by = "社工 周老师", text = "电话随访：已到社区医院复诊，遵医嘱服药。" })).StatusCode);
        await MeasureAsync(staff, chronic, 128, 80);
        list = (await (await staff.GetAsync($"/api/v1/care/health/followups?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(f => (f.GetProperty("residentId").GetInt32(), f.GetProperty("reason").GetString())).ToList();
        Assert.Equal([(raised, "Raised")], list);
    }

    private static async Task<int> ConsentedAsync(HttpClient staff, int unit, string name)
    {
        var id = await AResident(name).CreateAsync(staff, unit);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{id}/consent", new { by = "Resident" })).StatusCode);
        return id;
    }

    private static async Task MeasureAsync(HttpClient staff, int resident, int systolic, int diastolic) =>
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/care/health/{resident}/measurements",
            new { systolic, diastolic, measuredBy = "志愿者 林阿姨" })).StatusCode);
}
