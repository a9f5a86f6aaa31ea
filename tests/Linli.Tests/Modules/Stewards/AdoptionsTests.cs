using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Linli.Tests.Infrastructure;
using static Linli.Tests.Infrastructure.Builders;

namespace Linli.Tests.Modules.Stewards;

/// <summary>
/// Seed 002's 菊园: a grandmother adopts half the garden's watering, a five-year-old adopts a gardenia with her
/// mother; the care log with its photos; another community's staff see none of it.
/// </summary>
public sealed class AdoptionsTests(LinliFactory factory) : IClassFixture<LinliFactory>
{
    private static readonly DateTime Today = DateTime.UtcNow.AddHours(8).Date;

    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The smallest PNG: a 1×1 pixel.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task A_volunteer_adopters_care_hours_go_into_the_service_record_and_earn_the_hourly_points()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var volunteer = await AVolunteerAsync(staff, tree.UnitA, "陈玉珍");
        var resident = (await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/profile")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("volunteer")
            .GetProperty("residentId").GetInt32();
        var neighbour = await AResident("吴淑芬").CreateAsync(staff, tree.UnitA);
        (await staff.PostAsJsonAsync("/api/v1/points/rules", new { communityId = tree.CommunityA, kind = "PerVolunteerHour", points = 10 })).EnsureSuccessStatusCode();
        object Patch(int adopterId) => new { kind = "GreenPatch", item = "北侧草坪", place = "5号楼北侧", adopterId, from = Day(-10), countsAsService = true };

        var notVolunteer = await (await staff.PostAsJsonAsync("/api/v1/adoptions", Patch(neighbour))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("认养人还不是本社区的注册志愿者，照护时长无法计入志愿服务记录。", notVolunteer.GetProperty("errors").GetProperty("countsAsService")[0].GetString());
        var patch = (await (await staff.PostAsJsonAsync("/api/v1/adoptions", Patch(resident))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{patch}/care", new { note = "除草、浇水", on = Day(-3), hours = "1.5" })).ReadJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{patch}/care", new { note = "看了一眼" })).ReadJsonAsync(HttpStatusCode.Created);

        var record = Assert.Single((await (await staff.GetAsync($"/api/v1/volunteers/{volunteer}/service-records")).ReadJsonAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal(("认养照护：北侧草坪", "5号楼北侧", "除草、浇水", 1.5m, Day(-3)), (record.GetProperty("activityName").GetString(), record.GetProperty("place").GetString(),
            record.GetProperty("content").GetString(), record.GetProperty("hours").GetDecimal(), record.GetProperty("date").GetString()));
        Assert.Equal(15, (await (await staff.GetAsync($"/api/v1/points/accounts/{resident}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("balance").GetInt32());
        var log = (await (await staff.GetAsync($"/api/v1/adoptions/{patch}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("care").EnumerateArray()
            .ToDictionary(c => c.GetProperty("note").GetString()!, c => c.GetProperty("serviceRecordId"));
        Assert.Equal(record.GetProperty("id").GetInt32(), log["除草、浇水"].GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, log["看了一眼"].ValueKind);
    }

    [Fact]
    public async Task A_child_adopts_with_a_guardian_and_the_care_log_keeps_its_photos()
    {
        var tree = await TestTree.CreateAsync(factory);
        var staff = await factory.ClientForAsync(tree.StaffA, TestTree.Password);
        var grandmother = await AResident("周桂兰").BornOn("1952-03-08").CreateAsync(staff, tree.UnitA);
        var mother = await AResident("刘芳").BornOn("1990-06-01").CreateAsync(staff, tree.UnitA);
        var child = await AResident("刘小禾").BornOn(Today.AddYears(-5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).CreateAsync(staff, tree.UnitA);
        (await staff.PostAsJsonAsync($"/api/v1/residents/{child}/guardians", new { guardianId = mother })).EnsureSuccessStatusCode();

        var watering = (await (await staff.PostAsJsonAsync("/api/v1/adoptions", new
        {
            kind = "Bed", item = "志愿者种植园（东半边）", place = "3号院花园", adopterId = grandmother, duties = "每周浇水两次", from = Day(-20),
        })).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        object Gardenia(int? guardianId) => new { kind = "Plant", item = "栀子花 第2株", place = "3号院花园", adopterId = child, guardianId, from = Day(-10) };
        var alone = await (await staff.PostAsJsonAsync("/api/v1/adoptions", Gardenia(null))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("未成年人认养需要一位监护人。", alone.GetProperty("errors").GetProperty("guardianId")[0].GetString());
        var notGuardian = await (await staff.PostAsJsonAsync("/api/v1/adoptions", Gardenia(grandmother))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("这位居民不是孩子登记的监护人。", notGuardian.GetProperty("errors").GetProperty("guardianId")[0].GetString());
        var gardenia = (await (await staff.PostAsJsonAsync("/api/v1/adoptions", Gardenia(mother))).ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var early = await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{gardenia}/care", new { note = "浇水", on = Day(-11) })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期须在认养开始之后、今天（或交还日）之前。", early.GetProperty("errors").GetProperty("on")[0].GetString());
        var long_ = await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{gardenia}/care", new { note = "浇水", hours = 13 })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("时长须大于 0、不超过 12 小时（最多两位小数）。", long_.GetProperty("errors").GetProperty("hours")[0].GetString());
        var care = (await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{gardenia}/care", new { note = "和妈妈一起浇水", on = Day(-3), hours = "0.5" }))
            .ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{gardenia}/care", new { note = "松土" })).ReadJsonAsync(HttpStatusCode.Created);

        var text = await (await staff.PostAsync($"/api/v1/adoptions/{gardenia}/care/{care}/photo", Upload("不是照片"u8.ToArray(), "x.jpg"))).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("只能上传JPEG、PNG或WebP格式的照片。", text.GetProperty("errors").GetProperty("photo")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await staff.PostAsync($"/api/v1/adoptions/{gardenia}/care/{care}/photo", Upload(Png, "花.png"))).StatusCode);
        await (await staff.PostAsync($"/api/v1/adoptions/{gardenia}/care/{care}/photo", Upload(Png, "again.png"))).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Equal(Png, await staff.GetByteArrayAsync($"/api/v1/adoptions/{gardenia}/care/{care}/photo"));

        var list = await (await staff.GetAsync($"/api/v1/adoptions?communityId={tree.CommunityA}")).ReadJsonAsync(HttpStatusCode.OK);
        var lines = list.EnumerateArray().ToDictionary(a => a.GetProperty("id").GetInt32());
        Assert.Equal(("刘**", "刘芳", 2, Day(0)), (lines[gardenia].GetProperty("adopter").GetString(), lines[gardenia].GetProperty("guardian").GetString(),
            lines[gardenia].GetProperty("careEntries").GetInt32(), lines[gardenia].GetProperty("lastCare").GetString()));
        Assert.Equal(("周桂兰", 0), (lines[watering].GetProperty("adopter").GetString(), lines[watering].GetProperty("careEntries").GetInt32()));
        var log = (await (await staff.GetAsync($"/api/v1/adoptions/{gardenia}")).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("care").EnumerateArray().ToList();
        Assert.Equal([("松土", false), ("和妈妈一起浇水", true)], log.Select(c => (c.GetProperty("note").GetString(), c.GetProperty("hasPhoto").GetBoolean())));

        await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{watering}/end", new { on = Day(-1) })).ReadJsonAsync(HttpStatusCode.OK);
        var afterHandBack = await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{watering}/care", new { note = "浇水" })).ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("日期须在认养开始之后、今天（或交还日）之前。", afterHandBack.GetProperty("errors").GetProperty("on")[0].GetString());
        await (await staff.PostAsJsonAsync($"/api/v1/adoptions/{watering}/end", new { on = Day(0) })).ReadJsonAsync(HttpStatusCode.Conflict);

        var other = await factory.ClientForAsync(tree.StaffB, TestTree.Password);
        await (await other.GetAsync($"/api/v1/adoptions/{gardenia}")).ReadJsonAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/v1/adoptions/{gardenia}/care", new { note = "浇水" })).ReadJsonAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/adoptions/{gardenia}/care/{care}/photo")).StatusCode);
        var theirAdopter = await (await other.PostAsJsonAsync("/api/v1/adoptions", new { kind = "Plant", item = "月季", place = "花坛", adopterId = grandmother }))
            .ReadJsonAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("本社区没有这位在册居民。", theirAdopter.GetProperty("errors").GetProperty("adopterId")[0].GetString());
    }
}
